/**
 * One text of the edition, in one language version, as a CSL-JSON item: the single description of a
 * cited passage from which every citation style (format.ts), export format (export.ts) is made.
 *
 * Which version is cited: the version in the reader's interface language (a /de page cites the German,
 * an /en page the English; `citedLanguage` falls back to German for a text without an English version).
 */
import type { Language, Text } from '../content/model';
import type { EditionMeta, PersonName } from '../content/schema';
import { type Reference, ReferenceError } from './reference';

/** A CSL name: a person (`family`, `given`) or an organisation (`literal`). */
export type CslName = { family: string; given: string } | { literal: string };

/** A CSL date: one `[year, month?, day?]`. */
export interface CslDate {
  'date-parts': [number[]];
}

/**
 * The CSL-JSON fields the edition uses (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).
 * `locator` and `label` are not item fields but the pin-cite of a CSL citation item; they travel with
 * the item so that one value describes "this text, at this paragraph". export.ts moves them to `note`.
 */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage';
  /** In the cited language; English titles in sentence case (the CSL convention), see `sentenceCase`. */
  title: string;
  'title-short'?: string;
  author: CslName[];
  translator?: CslName[];
  language: Language;
  issued: CslDate;
  accessed: CslDate;
  'container-title': string;
  URL: string;
  'original-title'?: string;
  'original-publisher'?: string;
  locator?: string;
  label?: 'paragraph';
}

export interface CslItemOptions {
  /** The cited version (= the interface language of the page, see `citedLanguage`). */
  lang: Language;
  reference: Reference;
  /** When the reader looked at the page; its UTC calendar date is the access date. */
  accessed: Date;
  /** The edition's public base address (`editionUrl()`), e.g. https://kasachstan-2022.example.org (the page's own address works too). */
  url: string | URL;
}

/** The version a page in `locale` cites: that language if the text has it, otherwise the German. */
export function citedLanguage(text: Text, locale: Language): Language {
  return text.meta.languages.includes(locale) ? locale : 'de';
}

/** “Kasachstan 2022 – Zweisprachige Leseausgabe” / “Kazakhstan 2022 – A bilingual reading edition”. */
export function editionTitle(edition: EditionMeta, lang: Language): string {
  return `${edition.title[lang]} – ${edition.subtitle[lang]}`;
}

/**
 * `base` + a site path (`/en/texts/x#p12`), keeping a base path such as https://host/edition. The page's
 * own address is accepted as base too (its path is not repeated); its fragment is replaced.
 */
export function absoluteUrl(base: string | URL, path: string): string {
  const root = new URL(base);
  let prefix = root.pathname.replace(/\/+$/, '');
  const page = path.split('#')[0] ?? path;
  if (page !== '' && prefix.endsWith(page)) prefix = prefix.slice(0, -page.length);
  return `${root.origin}${prefix}${path}`;
}

/** `2022`, `2022-03`, `2022-01-24` → `[2022]`, `[2022, 3]`, `[2022, 1, 24]`. */
export function dateParts(date: string): number[] {
  return date.split('-').map(Number);
}

export function cslDate(date: string): CslDate {
  return { 'date-parts': [dateParts(date)] };
}

function utcDate(date: Date): CslDate {
  return { 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] };
}

export function cslName(name: PersonName): CslName {
  return 'literal' in name ? { literal: name.literal } : { family: name.family, given: name.given };
}

/**
 * Who translated the cited version, in the order the translations were made.
 * - German version: the text's earlier translators into German (januar-aufstand: Christoph Wälz).
 * - English version: the edition translated the German, so the German's translators come first (Wälz,
 *   Russian → German), then the edition's editors (German → English), under their collective name.
 *   CSL has no way to say "translated from the translation by"; the order carries the chain, and
 *   `original-title` names the German text the English was made from.
 */
export function translators(text: Text, edition: EditionMeta, lang: Language): CslName[] {
  const into = (language: Language) => text.meta.translators.filter((t) => t.into === language).map(cslName);
  if (lang === 'de') return into('de');
  const english = into('en');
  return [...into('de'), ...(english.length > 0 ? english : [{ literal: edition.editors.en }])];
}

/** The words (runs of letters) of a version as readers read it, for telling proper nouns from common words. */
export function versionWords(text: Text, lang: Language): Set<string> {
  const version = text.versions.find((candidate) => candidate.lang === lang);
  return new Set((version?.blocks ?? []).flatMap((block) => block.text.match(/\p{L}+/gu) ?? []));
}

/** A subtitle separator: the next word starts a (sub)title and keeps its capital. */
const separator = /^(?:–|—|:|-)$|[:?!]$/;

/**
 * An English headline-style title in sentence case, as CSL data stores titles: APA prints titles as
 * stored, Chicago and MLA title-case them (citeproc does that for English items only). A capitalised
 * word is lowered when the text itself uses it lowercase somewhere ("Uprising" → "uprising"); a word
 * it only ever capitalises (January, Kazakhstan) is a proper noun and keeps its capital, as does the
 * first word and the first word after a subtitle separator (: – —).
 */
export function sentenceCase(title: string, words: Set<string>): string {
  let start = true;
  return title
    .split(' ')
    .map((token) => {
      const keep = start;
      start = separator.test(token);
      if (keep) return token;
      return token.replace(/\p{L}+/gu, (word) => (/^\p{Lu}\p{Ll}+$/u.test(word) && words.has(word.toLowerCase()) ? word.toLowerCase() : word));
    })
    .join(' ');
}

const minorWords = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'on', 'to', 'up', 'via', 'from', 'into', 'with', 'per']);

/**
 * Headline-style capitalisation of an English title (“Kazakhstan 2022 – A Bilingual Reading Edition”),
 * the form Chicago, APA and MLA give the name of a website or publication. Used for the edition's name
 * as container: Chicago prints a website's name as stored, so it has to be stored capitalised.
 */
export function headlineCase(title: string): string {
  const tokens = title.split(' ');
  let start = true;
  return tokens
    .map((token, index) => {
      const first = start;
      start = separator.test(token);
      const last = index === tokens.length - 1;
      if (!first && !last && minorWords.has(token.toLowerCase())) return token.toLowerCase();
      return token.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
    })
    .join(' ');
}

/**
 * The short title for Chicago's shortened notes (CMOS 14.29–30: the key words of the main title, at
 * most four, without a leading article): the main title before a subtitle separator, cut before the
 * first “und”/“and” if it is longer than four words. Undefined when no such short title exists (the
 * style then uses the full title).
 */
export function shortTitle(title: string): string | undefined {
  const main = title.split(/\s[–—]\s|:\s/)[0] ?? title;
  let words = main.trim().split(/\s+/);
  if (words.length > 1 && /^(?:der|die|das|the|a|an)$/i.test(words[0] ?? '')) words = words.slice(1);
  if (words.length > 4) {
    const cut = words.findIndex((word) => /^(?:und|and)$/i.test(word));
    if (cut > 0 && cut <= 4) words = words.slice(0, cut);
  }
  const short = words.join(' ');
  return words.length <= 4 && short !== title ? short : undefined;
}

/** Marks text citeproc must not change the case of (a German title inside an English item). */
function nocase(value: string): string {
  return `<span class="nocase">${value}</span>`;
}

/**
 * `original-*`: the text the cited version was translated from, as far as the edition knows it. The
 * English was translated from the German: its title; and its publisher if the German is the first
 * publication. The German, if a translation, from the first publication: its publisher (the edition
 * does not record the original's title). A German original cites no original.
 */
function original(text: Text, lang: Language): Pick<CslItem, 'original-title' | 'original-publisher'> {
  const { published, title } = text.meta;
  const source = lang === 'en' ? 'de' : published.language;
  if (source === lang) return {};
  const publisher = source === published.language ? published.publisher : undefined;
  return {
    ...(lang === 'en' ? { 'original-title': title.de } : {}),
    ...(publisher ? { 'original-publisher': publisher } : {}),
  };
}

/** Every block id and every released id that redirects: what a reference may point at. */
function citableIds(text: Text, lang: Language): Set<string> {
  const version = text.versions.find((candidate) => candidate.lang === lang);
  return new Set([...(version?.blocks.map((block) => block.id) ?? []), ...Object.keys(text.anchors.redirects)]);
}

/**
 * The CSL-JSON item for `reference` in the `lang` version of `text`.
 *
 * Item type `webpage`: the cited thing is a page of an online edition. It is the one type all three
 * vendored styles render correctly with these fields: Chicago quotes the title and gives the edition as
 * the website's name in roman (CMOS 14.206); APA 7 gives “Title (Translator, Trans.). Site Name. URL”;
 * MLA 9 quotes the title and italicises the edition as container. `article` looked the same in Chicago
 * and MLA but APA turned it into a chapter (“In C. Wälz & … (Trans.), Kazakhstan 2022 …”), and
 * `article-journal`/`chapter` would claim a journal or a book that does not exist.
 *
 * Dates: `issued` is the first publication of the text (januar-aufstand 2022-01-24, hintergruende
 * 2022-03), as the brief and the edition's own “how to cite” ask. `original-date` is deliberately left
 * out: it would equal `issued`, and APA would then print “(Original work published 2022)” and cite
 * “(…, 2022/2022)”. `accessed` is the access date; format.ts makes every style print it.
 */
export function cslItem(text: Text, edition: EditionMeta, options: CslItemOptions): CslItem {
  const { lang, reference } = options;
  if (reference.slug !== text.slug) {
    throw new ReferenceError(`the reference “${reference.toString()}” is not to the text “${text.slug}”`);
  }
  if (!text.meta.languages.includes(lang)) {
    throw new ReferenceError(`“${text.slug}” has no ${lang} version to cite`);
  }
  if (reference.range) {
    const ids = citableIds(text, lang);
    for (const id of [reference.range.from, reference.range.to]) {
      if (id !== undefined && !ids.has(id)) {
        throw new ReferenceError(`“${reference.toString()}”: “${text.slug}” has no block ${id}`);
      }
    }
  }
  const meta = text.meta;
  const englishTitle = lang === 'en' ? meta.title.en : undefined;
  // English: sentence case (see `sentenceCase`); a German fallback title is protected from title-casing.
  const title = englishTitle !== undefined ? sentenceCase(englishTitle, versionWords(text, 'en')) : meta.title.de;
  const short = shortTitle(title);
  const protect = lang === 'en' && englishTitle === undefined ? nocase : (value: string) => value;
  const translatedBy = translators(text, edition, lang);
  const id = [text.slug, lang, reference.fragment].filter(Boolean).join('-');
  return {
    id,
    'citation-key': id.replaceAll('-', '_'),
    type: 'webpage',
    title: protect(title),
    ...(short ? { 'title-short': protect(short) } : {}),
    author: meta.authors.map(cslName),
    ...(translatedBy.length > 0 ? { translator: translatedBy } : {}),
    language: lang,
    issued: cslDate(meta.published.date),
    accessed: utcDate(options.accessed),
    'container-title': lang === 'en' ? headlineCase(editionTitle(edition, 'en')) : editionTitle(edition, 'de'),
    URL: absoluteUrl(options.url, reference.href(lang)),
    ...original(text, lang),
    ...(reference.range ? { locator: reference.numbers, label: 'paragraph' as const } : {}),
  };
}
