import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Locale } from '@/i18n/routing';
import { Reference } from '@/contract/reference';

export interface TextLinksOptions {
  locale: Locale;
}

/** The scheme editors use in notes to point at a block of a text: `text:januar-aufstand#p16`. */
export const textLinkScheme = 'text:';

/**
 * Turns `text:<slug>#<block or range>` links in editorial prose into the site's URL for that
 * reference in the reader's interface language, built through `Reference` like every anchor link.
 */
export function remarkTextLinks(options: TextLinksOptions) {
  return (tree: Root): void => {
    visit(tree, 'link', (node) => {
      if (node.url.startsWith(textLinkScheme)) node.url = Reference.parse(node.url.slice(textLinkScheme.length)).href(options.locale);
    });
  };
}
