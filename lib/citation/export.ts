/**
 * A CSL item as a file for reference managers: BibLaTeX, RIS and CSL-JSON.
 *
 * The pin-cite (the item's `locator`) is not a field of a work in any of the three formats; it travels
 * as a note, “¶ 12” or “¶¶ 12–14”, the paragraph sign the edition's “how to cite” uses: `note` in
 * BibLaTeX and CSL-JSON (Zotero shows it in “Extra”), `N1` in RIS. The URL carries the anchor as well.
 *
 * What citation-js 0.8 got wrong for this item, and what is done about it:
 * - BibTeX: its `bibtex` output has no `urldate`, no `translator`, and writes the URL a second time as
 *   `howpublished` with `\#`; so the export is BibLaTeX (`biblatex` output, `@online`), which has all of
 *   them. Two fields are fixed up: the website's name comes out as `booktitle`, which `@online` does not
 *   have (biblatex's standard styles drop it), and becomes `organization`, the field `@online` prints;
 *   `language = {en}` becomes `langid = {english}` (biblatex takes language names, and `langid` is what
 *   selects hyphenation and title casing; the `language` field would print “en” in the entry).
 * - RIS: written by hand. The plugin's ELEC mapping puts `original-title` in `TI` (dropping the title),
 *   has no `A4` (translator) or `T2` (website) for ELEC, writes the access date as `M1` instead of `Y2`,
 *   unpadded dates (`2022/1/24/`), cuts `ID` to 20 characters and wraps long values every 70 characters
 *   in the middle of words (which its own parser reads back with spaces inserted).
 * - CSL-JSON: correct; its output is used as is.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CslDate, CslItem, CslName } from './csl-item';

/** “¶ 12”, “¶¶ 12–14”: the pin-cite as a note; undefined for a whole text. */
export function pinCiteNote(item: CslItem): string | undefined {
  if (!item.locator) return undefined;
  return `${/[–,&-]/.test(item.locator) ? '¶¶' : '¶'} ${item.locator}`;
}

/** The item as a CSL-JSON record of a work: the pin-cite moved from the cite fields to `note`. */
export function exportData(item: CslItem): Record<string, unknown> {
  const data: Record<string, unknown> = Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'locator' && key !== 'label'));
  const note = pinCiteNote(item);
  if (note) data.note = note;
  return data;
}

const biblatexLanguages: Record<CslItem['language'], string> = { de: 'ngerman', en: 'english' };

function replaceField(bibtex: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(bibtex)) throw new Error(`citation-js BibLaTeX output changed: no match for ${pattern} (check lib/citation/export.ts)`);
  return bibtex.replace(pattern, replacement);
}

/** A BibLaTeX `@online` entry (UTF-8 safe: non-ASCII characters as LaTeX commands). */
export function toBibTeX(item: CslItem): string {
  let bibtex = new Cite(exportData(item)).format('biblatex', { format: 'text' }).trim();
  bibtex = replaceField(bibtex, /^(\s*)booktitle = /m, '$1organization = ');
  bibtex = replaceField(bibtex, /^(\s*)language = \{[a-z-]+\}/m, `$1langid = {${biblatexLanguages[item.language]}}`);
  return `${bibtex}\n`;
}

function risDate(date: CslDate): string {
  const [year, month, day] = date['date-parts'][0];
  const pad = (part: number | undefined) => (part === undefined ? '' : String(part).padStart(2, '0'));
  return `${year ?? ''}/${pad(month)}/${pad(day)}/`;
}

function risName(name: CslName): string {
  return 'literal' in name ? name.literal : `${name.family}, ${name.given}`;
}

/** Rich-text markup of CSL values (`<span class="nocase">`, `<i>`) is not RIS. */
function plain(value: string): string {
  return value.replace(/<[^>]*>/g, '');
}

/** An RIS record, type `ELEC` (web page), lines ending in CR LF as the RIS specification has them. */
export function toRIS(item: CslItem): string {
  const year = item.issued['date-parts'][0][0];
  const note = pinCiteNote(item);
  const lines: [string, string | undefined][] = [
    ['TY', 'ELEC'],
    ['TI', plain(item.title)],
    ...item.author.map((name): [string, string] => ['AU', risName(name)]),
    ...(item.translator ?? []).map((name): [string, string] => ['A4', risName(name)]),
    ['T2', plain(item['container-title'])],
    ['ST', item['title-short'] === undefined ? undefined : plain(item['title-short'])],
    ['PY', year === undefined ? undefined : String(year)],
    ['DA', risDate(item.issued)],
    ['Y2', risDate(item.accessed)],
    ['LA', item.language],
    ['UR', item.URL],
    ['N1', note],
    ['ID', item['citation-key']],
    ['ER', ''],
  ];
  return lines
    .filter((line): line is [string, string] => line[1] !== undefined)
    .map(([tag, value]) => `${tag}  - ${value}`)
    .join('\r\n')
    .concat('\r\n');
}

/** CSL-JSON: an array of one item, pretty-printed (two spaces). */
export function toCSLJSON(item: CslItem): string {
  return `${new Cite(exportData(item)).format('data', { format: 'text' })}\n`;
}
