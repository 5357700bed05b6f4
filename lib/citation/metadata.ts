/**
 * The machine-readable description of a page, for reference managers (Zotero's “Embedded Metadata”
 * translator, which the Zotero Connector runs), library harvesters and link previews: Dublin Core
 * `DC.*`, Zotero's own `z.*` tags, OpenGraph and schema.org JSON-LD. Plain data; CitationMeta.tsx
 * renders it (`<meta name content>`, `<meta property content>`, `<link rel href>`, one JSON-LD script).
 *
 * How Zotero reads a page, and what follows from it (the expected item is pinned in
 * tests/unit/citation/metadata.test.ts):
 * - Any `citation_title` (Highwire) makes a journal article unless `z.itemType` says otherwise, and any
 *   `citation_author` makes Zotero drop every Dublin Core creator; Highwire has no tag for a translator.
 *   So the pages carry **no Highwire tags**: the edition is no journal, and Google Scholar's inclusion
 *   (which needs them) is not worth citations that lose their translators. README, “Citation”.
 * - `z.itemType` = `webpage` fixes the type (`DC.type` would leak into “Website Type”, printing
 *   “Webpage.” in Chicago). `DC.title` is the title without the site's suffix; `og:site_name` the
 *   website title.
 * - `DC.creator`: the authors, inverted (“Zavatsky, Yana”); an organisation with a trailing comma
 *   (“Sozialistische Bewegung Kasachstans,”), which keeps it one name (Zotero's cleanAuthor would take
 *   its last word for a family name). `z.translators`, one tag per translator: exactly the cited
 *   version's (januar-aufstand in German: Christoph Wälz; in English: the edition's editors).
 * - `DC.date`: the date of the cited version (the edition's); `DC.language`; `DC.identifier` and
 *   `og:url`: the canonical address, only when the edition has one (README, “Deploying”).
 * - JSON-LD is ignored by Zotero; it is for search engines and says the same, with the chain.
 */
import { metaNames, metaProperties } from '@/contract/page-metadata';
import type { Language, Text } from '../content/model';
import type { EditionMeta, PersonName } from '../content/schema';
import { paths } from '@/contract/routes';
import { stepsTo, versionDate, versionTranslators } from './chain';
import { absoluteUrl, editionTitle, type CslName } from './csl-item';
import { otherLanguage } from '../languages';

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
  /** `<meta name="…" content="…">`, in this order (repeated names are repeated tags). */
  meta: MetaTag[];
  /** `<link rel href>`: the DC schema declarations. */
  links: LinkTag[];
  /** `<meta property="og:…" content="…">`. */
  openGraph: PropertyTag[];
  /** The object of `<script type="application/ld+json">` (serialise with JSON.stringify, escaping `<`). */
  jsonLd: JsonLd;
}

/** A web page of the edition as a reference manager's item: what `webpageMetadata` describes. */
export interface WebpageItem {
  /** The page's own title, without the site's suffix. */
  title: string;
  authors: (PersonName | CslName)[];
  translators?: (PersonName | CslName)[];
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** The language of the page's content. */
  language: Language;
  /** The interface language: the site name's language. */
  locale: Language;
  /** The page's path (`/en/glossary/csto`). */
  path: string;
  description?: string;
  /** The edition's public base address; none: no canonical address is given. */
  url?: string | URL;
  rights?: string;
  license?: string;
}

/** OpenGraph locales: the English is written in British spelling (the translator's preface). */
const ogLocales: Record<Language, string> = { de: 'de_DE', en: 'en_GB' };

/** A creator as `DC.creator`/`z.translators` give it: inverted; an organisation with a trailing comma. */
export function zoteroName(name: PersonName | CslName): string {
  return 'literal' in name ? `${name.literal},` : `${name.family}, ${name.given}`;
}

function agent(name: PersonName | CslName): JsonLd {
  return 'literal' in name
    ? { '@type': 'Organization', name: name.literal }
    : { '@type': 'Person', name: `${name.given} ${name.family}`, givenName: name.given, familyName: name.family };
}

/**
 * The reference-manager metadata of any page of the edition (a text, the register, the about page, a
 * glossary entry): Zotero makes it a web page item with these creators, date, language, site name
 * and (when configured) canonical URL.
 */
export function webpageMetadata(item: WebpageItem, edition: EditionMeta): CitationMetadata {
  const site = editionTitle(edition, item.locale);
  const pageUrl = item.url ? absoluteUrl(item.url, item.path) : undefined;
  const meta: MetaTag[] = [
    { name: 'z.itemType', content: 'webpage' },
    { name: metaNames.title, content: item.title },
    ...item.authors.map((author) => ({ name: metaNames.creator, content: zoteroName(author) })),
    ...(item.translators ?? []).map((translator) => ({ name: 'z.translators', content: zoteroName(translator) })),
    { name: metaNames.date, content: item.date },
    { name: 'DC.language', content: item.language },
    ...(item.rights ? [{ name: 'DC.rights', content: item.rights }] : []),
    ...(item.license ? [{ name: 'DCTERMS.license', content: item.license }] : []),
    ...(pageUrl ? [{ name: 'DC.identifier', content: pageUrl }] : []),
  ];
  const other = otherLanguage(item.locale);
  const openGraph: PropertyTag[] = [
    { property: 'og:title', content: item.title },
    { property: 'og:type', content: 'article' },
    ...(pageUrl ? [{ property: 'og:url', content: pageUrl }] : []),
    { property: 'og:locale', content: ogLocales[item.locale] },
    // Every page exists in both interface languages.
    { property: 'og:locale:alternate', content: ogLocales[other] },
    { property: metaProperties.siteName, content: site },
    ...(item.description ? [{ property: 'og:description', content: item.description }] : []),
  ];
  const jsonLd: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    ...(pageUrl ? { '@id': pageUrl, url: pageUrl } : {}),
    name: item.title,
    author: item.authors.map(agent),
    ...(item.translators && item.translators.length > 0 ? { translator: item.translators.map(agent) } : {}),
    inLanguage: item.language,
    datePublished: item.date,
    ...(item.description ? { description: item.description } : {}),
    isPartOf: {
      '@type': 'WebSite',
      name: site,
      ...(item.url ? { url: absoluteUrl(item.url, paths.library(item.locale)) } : {}),
      editor: { '@type': 'Organization', name: edition.editors[item.locale] },
    },
    ...(item.license ? { license: item.license } : {}),
  };
  // Canonical and hreflang links are the page's metadata (`pageAlternates` in lib/edition.ts), one rule for every page.
  return {
    meta,
    links: [
      { rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' },
      { rel: 'schema.DCTERMS', href: 'http://purl.org/dc/terms/' },
    ],
    openGraph,
    jsonLd,
  };
}

/** A page the edition's editors wrote (the register, the about page, a glossary entry): by them, dated by the edition. */
export function editorialPageMetadata(edition: EditionMeta, page: { title: string; locale: Language; path: string; description?: string; url?: string | URL }): CitationMetadata {
  return webpageMetadata({ ...page, authors: [{ literal: edition.editors[page.locale] }], date: versionDate(edition), language: page.locale }, edition);
}

export interface MetadataOptions {
  /** The cited version (see `citedLanguage`). */
  lang: Language;
  /** The interface language of the page. */
  locale: Language;
  /** The edition's public base address (`editionUrl()`), if it has one. */
  url?: string | URL;
}

/** The original (januar-aufstand: the Russian on socialismkz.info; hintergruende: the German in offen-siv). */
function original(text: Text): JsonLd {
  const { published } = text.meta;
  return {
    '@type': 'CreativeWork',
    ...(published.title ? { name: published.title } : published.language === 'de' ? { name: text.meta.title.de } : {}),
    inLanguage: published.language,
    datePublished: published.date,
    author: text.meta.authors.map(agent),
    ...(published.url ? { url: published.url } : {}),
    ...(published.publisher ? { publisher: { '@type': 'Organization', name: published.publisher } } : {}),
    isPartOf: published.issue
      ? { '@type': 'PublicationIssue', issueNumber: published.issue, isPartOf: { '@type': 'Periodical', name: published.container } }
      : { '@type': 'WebSite', name: published.container },
  };
}

/** The page of `text` in `locale`, citing its `lang` version. */
export function citationMetadata(text: Text, edition: EditionMeta, options: MetadataOptions): CitationMetadata {
  const { lang, locale } = options;
  if (!text.meta.languages.includes(lang)) throw new Error(`“${text.slug}” has no ${lang} version`);
  const meta = text.meta;
  const metadata = webpageMetadata(
    {
      title: (lang === 'en' ? meta.title.en : undefined) ?? meta.title.de,
      authors: meta.authors,
      translators: versionTranslators(text, edition, lang),
      date: versionDate(edition),
      language: lang,
      locale,
      path: paths.text(locale, text.slug),
      description: meta.summary[locale],
      ...(options.url ? { url: options.url } : {}),
      rights: meta.rights[lang],
      license: meta.rights.statement,
    },
    edition,
  );
  // The chain for search engines: each step translates the previous version, down to the original.
  const steps = stepsTo(text, edition, lang);
  let basedOn = original(text);
  for (const step of steps.slice(0, -1)) {
    basedOn = { '@type': 'CreativeWork', inLanguage: step.into, translator: step.translators.map(agent), translationOfWork: basedOn };
  }
  // An Article's title is its `headline` (schema.org, and what search engines read); `name` would say it twice.
  const { name, ...described } = metadata.jsonLd;
  metadata.jsonLd = {
    ...described,
    '@type': 'Article',
    headline: name ?? '',
    ...(steps.length > 0 ? { translationOfWork: basedOn } : { isBasedOn: basedOn }),
  };
  return metadata;
}
