/**
 * The “Cite” popover's hooks: the reader page writes them (components/CitePopover.tsx, app/[locale]/texts/[slug]),
 * client/cite.ts and client/copy.ts find them. Constants only, importing nothing.
 */
import type { StyleId } from './cite-tokens';

/** The popover's id: the ¶ labels and the “Cite this text” button open it. */
export const citePopoverId = 'cite';

/** `data-cite="<part>"`: each part of the popover the script fills for the cited ¶ or range. */
export const citePartAttribute = 'data-cite';

export const citeParts = {
  /** “whole text” or “¶ 12–14” in the popover's title. */
  scope: 'scope',
  link: 'link',
  /** “Extend to ¶ 15” (phones): its `data-to` is the next ¶'s id. */
  extend: 'extend',
  pinCite: 'pincite',
  /** Chicago's full note, APA's and MLA's in-text citation. */
  note: (style: StyleId): string => `${style}-note`,
  /** Chicago's short note. */
  shortNote: (style: StyleId): string => `${style}-short`,
  bibliography: (style: StyleId): string => style,
  /** The reference manager downloads, by file extension. */
  download: (format: 'bib' | 'ris' | 'json'): string => format,
} as const;

/** The selector of one part: `[data-cite="scope"]`. */
export function citePart(part: string): string {
  return `[${citePartAttribute}="${part}"]`;
}

/** `data-copy="<style>"` on a style's “Copy” button: the part whose text it copies. */
export const citeCopyAttribute = 'data-copy';

export const citeClasses = {
  /** The citation's own text inside a part (after its label). */
  citation: 'cite-html',
  /** Holds the “Cite this text” button under the text's title. */
  wholeText: 'cite-text',
  /** The line with the cited address. */
  link: 'cite-link',
  /** One citation style's section. */
  style: 'cite-style',
  /** The script's parts: “Extend to ¶” (its line), a style's “Copy” button, the hint on citing a ¶. */
  extend: 'cite-extend',
  copy: 'cite-copy',
  hint: 'cite-hint',
} as const;

/** The printed page's address line: without a public address the script puts in the page's own. */
export const printUrlAttribute = 'data-print-url';
