/**
 * The machine-readable description of a text's page, for reference managers (Zotero's “Embedded
 * Metadata” translator, Mendeley, Google Scholar), library harvesters and link previews: Highwire
 * `citation_*` tags, Dublin Core `DC.*` tags, schema.org JSON-LD and OpenGraph. Plain data; the page
 * renders it (`<meta name content>`, `<meta property content>`, `<link rel href>`, one
 * `<script type="application/ld+json">`).
 *
 * Which version a page describes: a page /de/texts/x shows both languages side by side, but it cites
 * the German version and /en/texts/x the English one: the interface language is the cited version
 * (`citedLanguage`; German for a text without an English version). The description agrees with the
 * CSL item of csl-item.ts: same title, authors, translators, date (the first publication), language.
 *
 * How Zotero reads this (Embedded Metadata + RDF translators), and what follows from it:
 * - Highwire first: `citation_title` → title, `citation_author` → creators, `citation_publication_date`
 *   → date, `citation_language` → language, `citation_public_url` → URL. Authors are written inverted
 *   (“Zavatsky, Yana”); an organisation as an inverted name with no given name (“Sozialistische
 *   Bewegung Kasachstans,”): without a comma Zotero's cleanAuthor takes the last word for a family name
 *   (“Kasachstans, Sozialistische Bewegung”). Dates as YYYY/MM/DD (Zotero's and Google Scholar's form).
 * - No `citation_journal_title`: the edition is no journal, and that tag makes Zotero file the page as a
 *   journal article. `DC.type` = `webpage` makes Zotero's RDF step choose its “Web Page” type (DCMI's
 *   “Text” makes it guess a journal article), and `og:site_name` then becomes the website title.
 * - No `DC.source` for the first publication: Zotero reads `dc:source` as the publication title.
 * - Translators have no Highwire tag; they are `DC.contributor` (and `translator` in JSON-LD). Zotero
 *   keeps only Highwire creators when there are any, so it does not import them: its user adds them.
 */
import type { Language, Text } from '../content/model';
import type { EditionMeta, PersonName } from '../content/schema';
import { paths } from '../routes';
import { absoluteUrl, editionTitle, translators, type CslName } from './csl-item';

export interface MetaTag {
  name: string;
  content: string;
}

export interface PropertyTag {
  property: string;
  content: string;
}

export interface LinkTag {
  rel: string;
  href: string;
}

/** A JSON-LD value: plain JSON. */
export type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLd | JsonLdValue[];

export interface CitationMetadata {
  /** `<meta name="citation_…" content="…">`, in this order (repeated names are repeated tags). */
  highwire: MetaTag[];
  /** `<meta name="DC.…" content="…">`. */
  dublinCore: MetaTag[];
  /** `<link rel="schema.DC" href="…">`: declares the DC prefixes. */
  links: LinkTag[];
  /** `<meta property="og:…" content="…">`. */
  openGraph: PropertyTag[];
  /** The object of `<script type="application/ld+json">` (serialise with JSON.stringify, escaping `<`). */
  jsonLd: JsonLd;
}

export interface MetadataOptions {
  /** The cited version (see `citedLanguage`). */
  lang: Language;
  /** The interface language of the page. */
  locale: Language;
  /** The edition's public base address (`editionUrl()`). */
  url: string | URL;
}

/** OpenGraph locales: the English is written in British spelling (the translator's preface). */
const ogLocales: Record<Language, string> = { de: 'de_DE', en: 'en_GB' };

/** `2022-01-24` → `2022/01/24`, `2022-03` → `2022/03`: Highwire's date form. */
export function highwireDate(date: string): string {
  return date.replaceAll('-', '/');
}

/** A name as Highwire gives it: inverted; an organisation with an empty given name (see above). */
function highwireName(name: PersonName | CslName): string {
  return 'literal' in name ? `${name.literal},` : `${name.family}, ${name.given}`;
}

/** A name as Dublin Core gives it: “Family, Given”, an organisation as it is. */
function dcName(name: PersonName | CslName): string {
  return 'literal' in name ? name.literal : `${name.family}, ${name.given}`;
}

function agent(name: PersonName | CslName): JsonLd {
  return 'literal' in name
    ? { '@type': 'Organization', name: name.literal }
    : { '@type': 'Person', name: `${name.given} ${name.family}`, givenName: name.given, familyName: name.family };
}

/**
 * The first publication of the text (januar-aufstand: the Russian original on socialismkz.info;
 * hintergruende: the German in offen-siv). Its title only where the edition has it: in German.
 */
function firstPublication(text: Text): JsonLd {
  const { published, title } = text.meta;
  return {
    '@type': 'CreativeWork',
    ...(published.language === 'de' ? { name: title.de } : {}),
    inLanguage: published.language,
    datePublished: published.date,
    author: text.meta.authors.map(agent),
    ...(published.url ? { url: published.url } : {}),
    ...(published.publisher ? { publisher: { '@type': 'Organization', name: published.publisher } } : {}),
    // An issue is an issue of a periodical (offen-siv); otherwise the container is named as it is.
    isPartOf: published.issue
      ? { '@type': 'PublicationIssue', issueNumber: published.issue, isPartOf: { '@type': 'Periodical', name: published.container } }
      : { '@type': 'CreativeWork', name: published.container },
  };
}

/**
 * What the cited version translates, as a chain: the German of januar-aufstand translates the Russian
 * original; its English translates that German translation (which translates the original). The
 * English of hintergruende translates the German original. Undefined for a German original.
 */
function translationOf(text: Text, edition: EditionMeta, lang: Language, url: string | URL): JsonLd | undefined {
  if (lang === text.meta.published.language) return undefined;
  if (lang === 'de') return firstPublication(text);
  if (text.meta.published.language === 'de') return firstPublication(text);
  const german = translationOf(text, edition, 'de', url);
  const germanTranslators = translators(text, edition, 'de');
  return {
    '@type': 'CreativeWork',
    name: text.meta.title.de,
    inLanguage: 'de',
    author: text.meta.authors.map(agent),
    ...(germanTranslators.length > 0 ? { translator: germanTranslators.map(agent) } : {}),
    url: absoluteUrl(url, paths.text('de', text.slug)),
    ...(german ? { translationOfWork: german } : {}),
  };
}

/** Highwire, Dublin Core, OpenGraph and JSON-LD for the page of `text` in `locale`, citing its `lang` version. */
export function citationMetadata(text: Text, edition: EditionMeta, options: MetadataOptions): CitationMetadata {
  const { lang, locale } = options;
  if (!text.meta.languages.includes(lang)) throw new Error(`“${text.slug}” has no ${lang} version`);
  const meta = text.meta;
  const title = (lang === 'en' ? meta.title.en : undefined) ?? meta.title.de;
  const pageUrl = absoluteUrl(options.url, paths.text(locale, text.slug));
  const site = editionTitle(edition, locale);
  const publisher = edition.editors[locale];
  const translatedBy = translators(text, edition, lang);
  const date = meta.published.date;
  const rights = meta.rights[lang];

  const highwire: MetaTag[] = [
    { name: 'citation_title', content: title },
    ...meta.authors.map((author) => ({ name: 'citation_author', content: highwireName(author) })),
    { name: 'citation_publication_date', content: highwireDate(date) },
    { name: 'citation_online_date', content: highwireDate(String(edition.published)) },
    { name: 'citation_language', content: lang },
    { name: 'citation_publisher', content: publisher },
    { name: 'citation_public_url', content: pageUrl },
  ];

  const dublinCore: MetaTag[] = [
    { name: 'DC.title', content: title },
    ...meta.authors.map((author) => ({ name: 'DC.creator', content: dcName(author) })),
    ...translatedBy.map((translator) => ({ name: 'DC.contributor', content: dcName(translator) })),
    { name: 'DC.type', content: 'webpage' },
    { name: 'DC.language', content: lang },
    { name: 'DC.date', content: date },
    { name: 'DC.publisher', content: publisher },
    { name: 'DC.rights', content: rights },
    { name: 'DCTERMS.license', content: meta.rights.statement },
    { name: 'DC.identifier', content: pageUrl },
  ];

  const links: LinkTag[] = [
    { rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' },
    { rel: 'schema.DCTERMS', href: 'http://purl.org/dc/terms/' },
  ];

  const other = locale === 'de' ? 'en' : 'de';
  const openGraph: PropertyTag[] = [
    { property: 'og:title', content: title },
    { property: 'og:type', content: 'article' },
    { property: 'og:url', content: pageUrl },
    { property: 'og:locale', content: ogLocales[locale] },
    // Every page exists in both interface languages, whatever versions the text has.
    { property: 'og:locale:alternate', content: ogLocales[other] },
    { property: 'og:site_name', content: site },
    { property: 'og:description', content: meta.summary[locale] },
  ];

  const original = translationOf(text, edition, lang, options.url);
  const jsonLd: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': pageUrl,
    url: pageUrl,
    headline: title,
    name: title,
    author: meta.authors.map(agent),
    ...(translatedBy.length > 0 ? { translator: translatedBy.map(agent) } : {}),
    inLanguage: lang,
    datePublished: date,
    description: meta.summary[lang],
    isPartOf: {
      '@type': 'WebSite',
      name: site,
      url: absoluteUrl(options.url, paths.library(locale)),
      editor: { '@type': 'Organization', name: edition.editors[locale] },
      datePublished: String(edition.published),
      inLanguage: ['de', 'en'],
    },
    ...(original ? { translationOfWork: original } : lang === meta.published.language ? { isBasedOn: firstPublication(text) } : {}),
    license: meta.rights.statement,
    copyrightNotice: rights,
  };

  return { highwire, dublinCore, links, openGraph, jsonLd };
}
