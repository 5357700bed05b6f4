/**
 * One text of the edition, in one language version, as a CSL-JSON item: the single description of the
 * cited work from which every citation style (format.ts) and export format (export.ts) is made.
 *
 * One work per version: a paragraph or a range of the version is cited as the same item (same id, same
 * URL without fragment); the ¶ is the pin-cite (`locator`), given to the citation, never to the item.
 *
 * Which version is cited: the version in the reader's interface language (a /de page cites the German,
 * an /en page the English; `citedLanguage` falls back to German for a text without an English version).
 */
import type { Language, Text } from '../content/model';
import type { EditionMeta, PersonName } from '../content/schema';
import { paths } from '@/contract/routes';
import { chainNote, isOriginal, versionDate, versionTranslators } from './chain';
import { type Reference, ReferenceError } from '@/contract/reference';

/** A CSL name: a person (`family`, `given`) or an organisation (`literal`). */
export type CslName = { family: string; given: string } | { literal: string };

/** A CSL date: one `[year, month?, day?]`. */
export interface CslDate {
  'date-parts': [number[]];
}

/** The CSL-JSON fields the edition uses (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage';
  /** In the cited language, as the edition writes it (the same form in the page metadata). */
  title: string;
  'title-short'?: string;
  author: CslName[];
  /** Exactly the translators of the cited version. */
  translator?: CslName[];
  language: Language;
  /** The date of the cited version: the edition's version of the text. */
  issued: CslDate;
  /** The day the reader cites; absent in static files (the page script adds it). */
  accessed?: CslDate;
  'container-title': string;
  /** The version's address, without fragment; absent when the edition has no public address. */
  URL?: string;
  /** The original: its first publication. */
  'original-date': CslDate;
  'original-title'?: string;
  'original-publisher'?: string;
  'original-publisher-place'?: string;
  /** The translation chain in words (Zotero shows it as “Extra”). */
  note: string;
  /** APA's publication history of a translation (cite-templates.ts); not part of the exported item. */
  references?: string;
}

export interface CslItemOptions {
  /** The cited version (= the interface language of the page, see `citedLanguage`). */
  lang: Language;
  /** When the reader cites; its UTC calendar date is the access date. Absent: no access date. */
  accessed?: Date;
  /** The edition's public base address (`editionUrl()`); absent: the item has no URL. */
  url?: string | URL;
}

/** The version a page in `locale` cites: that language if the text has it, otherwise the German. */
export function citedLanguage(text: Text, locale: Language): Language {
  return text.meta.languages.includes(locale) ? locale : 'de';
}

/**
 * “Kasachstan 2022 – Zweisprachige Leseausgabe” / “Kazakhstan 2022 – A Bilingual Reading Edition”: the
 * site name in citations, exports and page metadata alike (English in headline style, the form the
 * three styles give a website's name).
 */
export function editionTitle(edition: EditionMeta, lang: Language): string {
  const title = `${edition.title[lang]} – ${edition.subtitle[lang]}`;
  return lang === 'en' ? headlineCase(title) : title;
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

export function utcDate(date: Date): CslDate {
  return { 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] };
}

export function cslName(name: PersonName): CslName {
  return 'literal' in name ? { literal: name.literal } : { family: name.family, given: name.given };
}

/** Exactly the translators of the `lang` version, as CSL names (januar-aufstand: de Wälz, en the editors). */
export function translators(text: Text, edition: EditionMeta, lang: Language): CslName[] {
  return versionTranslators(text, edition, lang).map(cslName);
}

/** A subtitle separator: the next word starts a (sub)title and keeps its capital. */
const separator = /^(?:–|—|:|-)$|[:?!]$/;

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

/** Every block id and every released id that redirects: what a reference may point at. */
function citableIds(text: Text, lang: Language): Set<string> {
  const version = text.versions.find((candidate) => candidate.lang === lang);
  return new Set([...(version?.blocks.map((block) => block.id) ?? []), ...Object.keys(text.anchors.redirects)]);
}

/** Throws unless `reference` points into the `lang` version of `text` (a block, a range or the whole). */
export function checkReference(text: Text, lang: Language, reference: Reference): void {
  if (reference.slug !== text.slug) {
    throw new ReferenceError(`the reference “${reference.toString()}” is not to the text “${text.slug}”`);
  }
  if (!text.meta.languages.includes(lang)) throw new ReferenceError(`“${text.slug}” has no ${lang} version to cite`);
  if (!reference.range) return;
  const ids = citableIds(text, lang);
  for (const id of [reference.range.from, reference.range.to]) {
    if (id !== undefined && !ids.has(id)) throw new ReferenceError(`“${reference.toString()}”: “${text.slug}” has no block ${id}`);
  }
}

/**
 * The work's one key (`januar_aufstand_de`): BibLaTeX key, RIS `ID`, CSL `id` and `citation-key`, and
 * the pin-cite the cite box gives (`[@januar_aufstand_de]`). pandoc's citeproc looks a citation up by the
 * CSL `id`, so an `id` that differed from the key (it was `januar-aufstand-de`) left `[@…]` unresolved
 * with the CSL-JSON download while the BibTeX one worked.
 */
export function workId(slug: string, lang: Language): string {
  return `${slug}_${lang}`.replaceAll('-', '_');
}

/**
 * The CSL-JSON item of the `lang` version of `text`.
 *
 * Item type `webpage`: the cited thing is a page of an online edition. It is the one type all the
 * vendored styles render correctly with these fields: Chicago quotes the title and gives the edition as
 * the website's name in roman (CMOS 14.206); APA 7 gives “Title (Translator, Trans.). Site Name. URL”;
 * MLA 9 quotes the title and italicises the edition as container.
 *
 * Dates: `issued` is the edition's version (texts/edition.yaml `published`): what is cited is this
 * edition's text, with its corrections, notes and (English) translation. `original-date` is the first
 * publication of the original (januar-aufstand: the Russian, 24 January 2022), so that APA writes
 * “(Original work published 2022)” and Chicago and MLA name it. `original-title` only where the source
 * gives it (it does not for the Russian original).
 */
export function cslItem(text: Text, edition: EditionMeta, options: CslItemOptions): CslItem {
  const { lang } = options;
  if (!text.meta.languages.includes(lang)) throw new ReferenceError(`“${text.slug}” has no ${lang} version to cite`);
  const meta = text.meta;
  const original = meta.published;
  const title = (lang === 'en' ? meta.title.en : undefined) ?? meta.title.de;
  const short = shortTitle(title);
  const translatedBy = translators(text, edition, lang);
  const id = workId(text.slug, lang);
  const originalPublisher = original.publisher ?? original.container;
  return {
    id,
    'citation-key': id,
    type: 'webpage',
    title,
    ...(short ? { 'title-short': short } : {}),
    author: meta.authors.map(cslName),
    ...(translatedBy.length > 0 ? { translator: translatedBy } : {}),
    language: lang,
    issued: cslDate(versionDate(edition)),
    ...(options.accessed ? { accessed: utcDate(options.accessed) } : {}),
    'container-title': editionTitle(edition, lang),
    ...(options.url ? { URL: absoluteUrl(options.url, paths.text(lang, text.slug)) } : {}),
    'original-date': cslDate(original.date),
    ...(original.title && !isOriginal(text, lang) ? { 'original-title': original.title } : {}),
    'original-publisher': originalPublisher,
    ...(original.place ? { 'original-publisher-place': original.place } : {}),
    note: chainNote(text, edition, lang),
  };
}
