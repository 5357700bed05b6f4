/**
 * An XHTML content document of the EPUB from a hast body: built as a tree, turned into xast
 * (hast-util-to-xast sets the XHTML namespace) and serialised as XML, which escapes every text and
 * attribute. `epub:type` is declared on the root.
 */
import type { ElementContent, Root } from 'hast';
import { toXast } from 'hast-util-to-xast';
import { h } from 'hastscript';
import { toXml } from 'xast-util-to-xml';
import type { Language } from '../../content/model';

export const opsNamespace = 'http://www.idpf.org/2007/ops';

export function xhtmlDocument(options: { lang: Language; title: string; body: ElementContent[]; stylesheet: string }): string {
  const html = h('html', { lang: options.lang, 'xml:lang': options.lang, 'xmlns:epub': opsNamespace }, [
    h('head', [h('meta', { charSet: 'utf-8' }), h('title', options.title), h('link', { rel: 'stylesheet', type: 'text/css', href: options.stylesheet })]),
    h('body', options.body),
  ]);
  const root: Root = { type: 'root', children: [{ type: 'doctype' }, html] };
  const xast = toXast(root);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(xast, { closeEmptyElements: true })}\n`.normalize('NFC');
}
