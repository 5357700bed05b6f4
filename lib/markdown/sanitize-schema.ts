import type { Options as SanitizeSchema } from 'rehype-sanitize';
import { externalLinkProtocols, linkProtocols } from './link-protocols';

/**
 * What content from `texts/` and `annotations/` may become on a page: inline prose, links to other
 * sites (http, https, mailto) and the block wrappers. Everything else — scripts, event handlers,
 * iframes, styles, `javascript:` URLs — is removed before any markup of the edition's own is added.
 */
export const sourceSanitizeSchema: SanitizeSchema = {
  strip: ['script', 'style'],
  tagNames: ['p', 'h2', 'h3', 'h4', 'li', 'ul', 'ol', 'a', 'em', 'strong', 'code'],
  attributes: {
    '*': ['dataBlock'],
    a: ['href'],
    ol: ['start'],
  },
  protocols: { href: [...linkProtocols] },
  clobberPrefix: 'user-',
  clobber: ['id', 'name'],
  allowComments: false,
  allowDoctypes: false,
  required: {},
  ancestors: {},
};

/** Links to other sites never hand the edition's window or address to them. */
export const externalLinkOptions = { rel: ['noopener', 'noreferrer'], protocols: [...externalLinkProtocols] };
