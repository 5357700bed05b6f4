/**
 * The cited work (a CSL item) as files for reference managers: BibLaTeX, RIS and CSL-JSON, written here
 * field by field (no library: the edition needs exactly these fields, in plain UTF-8).
 *
 * One work per text version: a ¶ or a range is cited with these same files and a pin-cite (the cite
 * box shows `\autocite[¶~12]{key}` and `[@key, para. 12]`), so citing two paragraphs of one text puts
 * one item in a library. The access date is only written when given (the page script gives today's
 * date when the reader downloads); the static files under /api/cite have none.
 *
 * What each target reads, and so what is written:
 * - BibLaTeX `@online` (biblatex's web page type; pandoc and Zotero's BibTeX import map it to a web page):
 *   UTF-8 letters as they are (no `{\"a}` escapes, which Zotero and bibtexparser 1.x mangle); `author`,
 *   `translator` (exactly the cited version's); an organisation in double braces, so no parser splits it
 *   into given and family names; `organization` for the site (the field `@online` prints); `date` (the
 *   version), `urldate`; `langid` (biblatex's language key); the original as `origlanguage`, `origdate`,
 *   `origtitle` when known, `origlocation` when known; the chain in words as `addendum`. No `note`
 *   (Zotero makes a child note of it) and no `origpublisher` (pandoc prints it after the publisher).
 * - RIS `ELEC` (Zotero: web page), CR LF lines: `A4` is the translator; RIS has no field for an
 *   original, so the chain is the note `N1`.
 * - CSL-JSON: the item as it is (`note` holds the chain: Zotero shows it as “Extra”).
 */
import type { CslDate, CslItem, CslName } from './csl-item';

/** biblatex's language keys (babel/polyglossia names). */
const biblatexLanguages: Record<string, string> = { de: 'ngerman', en: 'english', ru: 'russian', kk: 'kazakh', fr: 'french', es: 'spanish' };

/** Escapes the characters that mean something in a BibTeX value. */
function bibValue(value: string): string {
  return value.replace(/[\\{}%&#$_~^]/g, (char) =>
    char === '\\' ? '\\textbackslash{}' : char === '~' ? '\\textasciitilde{}' : char === '^' ? '\\textasciicircum{}' : `\\${char}`,
  );
}

function bibName(name: CslName): string {
  return 'literal' in name ? `{${bibValue(name.literal)}}` : `${bibValue(name.family)}, ${bibValue(name.given)}`;
}

function isoDate(date: CslDate): string {
  return date['date-parts'][0].map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
}

/** What the CSL item has no variable for. */
export interface ExportOptions {
  /** ISO 639-1 code of the original (`ru`). */
  originalLanguage: string;
  /** Every word of the cited version as written (for telling proper nouns from common words). */
  words?: ReadonlySet<string>;
}

/**
 * An English title for BibTeX readers that store titles in sentence case (Zotero's and Better
 * BibTeX's import, pandoc): proper nouns in braces so that they keep their capital. A capitalised
 * word is a proper noun when the text never writes it in lower case (January, Kazakhstan; not
 * Uprising); the first word after a subtitle dash or colon is protected too.
 */
export function protectTitle(title: string, words: ReadonlySet<string>): string {
  let afterSeparator = false;
  return title
    .split(' ')
    .map((token, index) => {
      const protect = afterSeparator;
      afterSeparator = /^(?:–|—|:)$|:$/.test(token);
      const escaped = bibValue(token);
      if (index === 0) return escaped;
      return escaped.replace(/\p{Lu}[\p{L}-]*/u, (word) => (protect || !words.has(word.toLowerCase()) ? `{${word}}` : word));
    })
    .join(' ');
}

/** A BibLaTeX `@online` entry in plain UTF-8. */
export function toBibLaTeX(item: CslItem, options: ExportOptions): string {
  const fields: [string, string | undefined][] = [
    ['author', item.author.map(bibName).join(' and ')],
    ['translator', item.translator?.map(bibName).join(' and ')],
    ['title', item.language === 'en' && options.words ? protectTitle(item.title, options.words) : bibValue(item.title)],
    ['shorttitle', item['title-short'] === undefined ? undefined : bibValue(item['title-short'])],
    ['organization', bibValue(item['container-title'])],
    ['date', isoDate(item.issued)],
    ['url', item.URL],
    ['urldate', item.accessed ? isoDate(item.accessed) : undefined],
    ['langid', biblatexLanguages[item.language]],
    ['origlanguage', options.originalLanguage === item.language ? undefined : (biblatexLanguages[options.originalLanguage] ?? options.originalLanguage)],
    ['origdate', isoDate(item['original-date'])],
    ['origtitle', item['original-title'] === undefined ? undefined : bibValue(item['original-title'])],
    ['origlocation', item['original-publisher-place'] === undefined ? undefined : bibValue(item['original-publisher-place'])],
    ['addendum', bibValue(item.note)],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}},`)
    .join('\n');
  return `@online{${item['citation-key']},\n${body}\n}\n`;
}

function risDate(date: CslDate): string {
  const [year, month, day] = date['date-parts'][0];
  const pad = (part: number | undefined) => (part === undefined ? '' : String(part).padStart(2, '0'));
  return `${year ?? ''}/${pad(month)}/${pad(day)}/`;
}

function risName(name: CslName): string {
  return 'literal' in name ? name.literal : `${name.family}, ${name.given}`;
}

/** An RIS record, type `ELEC` (web page), lines ending in CR LF as the RIS specification has them. */
export function toRIS(item: CslItem): string {
  const lines: [string, string | undefined][] = [
    ['TY', 'ELEC'],
    ['TI', item.title],
    ...item.author.map((name): [string, string] => ['AU', risName(name)]),
    ...(item.translator ?? []).map((name): [string, string] => ['A4', risName(name)]),
    ['T2', item['container-title']],
    ['ST', item['title-short']],
    ['PY', String(item.issued['date-parts'][0][0])],
    ['DA', risDate(item.issued)],
    ['Y2', item.accessed ? risDate(item.accessed) : undefined],
    ['LA', item.language],
    ['UR', item.URL],
    ['N1', item.note],
    ['ID', item['citation-key']],
    ['ER', ''],
  ];
  return lines
    .filter((line): line is [string, string] => line[1] !== undefined)
    .map(([tag, value]) => `${tag}  - ${value}`)
    .join('\r\n')
    .concat('\r\n');
}

/** CSL-JSON: an array of one item, two spaces of indentation. */
export function toCSLJSON(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}
