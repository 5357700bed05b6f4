/**
 * Citations of a text for its page: the whole text (static, works without JavaScript), and templates
 * for one block and for a range, in which a sentinel stands for the block numbers and the anchor, so
 * that the reader's script can cite any ¶ or range without a citation engine in the browser.
 */
import type { Language, Text } from '../content/model';
import type { EditionMeta } from '../content/schema';
import { cslItem, type CslItem } from './csl-item';
import { toBibTeX, toCSLJSON, toRIS } from './export';
import { formatReference } from './format';
import { Reference } from './reference';
import { styleIds, type StyleId } from './styles';

/** Stand-ins the script replaces: the ¶ numbers and the block ids of the anchor. */
export const sentinels = {
  single: { numbers: '99999', fragment: 'p99999' },
  range: { numbers: '99998–99999', fragment: 'p99998-p99999' },
} as const;

export interface CiteSet {
  styles: Record<StyleId, { note: string; bibliography: string }>;
  exports: { bib: string; ris: string; json: string };
}

export interface CiteTemplates {
  /** The whole text. */
  text: CiteSet;
  single: CiteSet;
  range: CiteSet;
}

function citeSet(item: CslItem, locale: Language): CiteSet {
  const styles = Object.fromEntries(
    styleIds.map((style) => {
      const formatted = formatReference(item, { style, locale });
      return [style, { note: formatted.citation.html, bibliography: formatted.bibliography.html }];
    }),
  ) as CiteSet['styles'];
  return { styles, exports: { bib: toBibTeX(item), ris: toRIS(item), json: toCSLJSON(item) } };
}

function withSentinel(item: CslItem, kind: keyof typeof sentinels, blockId: string): CslItem {
  const sentinel = sentinels[kind];
  const id = item.id.replace(new RegExp(`-${blockId}$`), `-${sentinel.fragment}`);
  return {
    ...item,
    id,
    'citation-key': id.replaceAll('-', '_'),
    locator: sentinel.numbers,
    label: 'paragraph',
    URL: item.URL.replace(`#${blockId}`, `#${sentinel.fragment}`),
  };
}

export function citeTemplates(text: Text, edition: EditionMeta, options: { lang: Language; locale: Language; accessed: Date; url: string | URL }): CiteTemplates {
  const first = text.versions[0]?.blocks[0]?.id ?? 'p1';
  const base = { lang: options.lang, accessed: options.accessed, url: options.url };
  const whole = cslItem(text, edition, { ...base, reference: new Reference(text.slug) });
  const block = cslItem(text, edition, { ...base, reference: Reference.block(text.slug, first) });
  return {
    text: citeSet(whole, options.locale),
    single: citeSet(withSentinel(block, 'single', first), options.locale),
    range: citeSet(withSentinel(block, 'range', first), options.locale),
  };
}
