/**
 * The machine-readable description of a glossary entry's page (`/[locale]/glossary/<id>`), in the same
 * four vocabularies as a reader page (lib/citation/metadata.ts, whose shapes it returns, so that
 * components render both alike): Highwire `citation_*` and Dublin Core for reference managers (Zotero
 * files it as a web page by the edition's editors), OpenGraph for link previews, and schema.org
 * JSON-LD as a `DefinedTerm` of the register (`DefinedTermSet`) within the edition's `WebSite`.
 */
import type { Language } from '../content/model';
import type { EditionMeta, GlossaryEntry } from '../content/schema';
import { entryHref, paths } from '../routes';
import { absoluteUrl, editionTitle } from './csl-item';
import { highwireDate, type CitationMetadata, type JsonLd } from './metadata';

export interface EntryMetadataOptions {
  /** The interface language of the page: the headword and gloss it cites. */
  locale: Language;
  /** The edition's public base address (`editionUrl()`). */
  url: string | URL;
  /** The register's title in `locale` (messages: Register.title). */
  registerTitle: string;
  /** The gloss as plain text in `locale`, for descriptions. */
  description: string;
}

const ogLocales: Record<Language, string> = { de: 'de_DE', en: 'en_GB' };

export function entryMetadata(entry: GlossaryEntry, edition: EditionMeta, options: EntryMetadataOptions): CitationMetadata {
  const { locale } = options;
  const other: Language = locale === 'de' ? 'en' : 'de';
  const pageUrl = absoluteUrl(options.url, entryHref(locale, entry.id));
  const title = entry.headword[locale];
  const site = editionTitle(edition, locale);
  const editors = edition.editors[locale];
  const published = String(edition.published);
  const names = [...new Set([entry.headword[other], ...entry.forms.de, ...entry.forms.en, ...entry.aka])].filter((name) => name !== title);

  const highwire = [
    { name: 'citation_title', content: title },
    // The editors as a collective author: an inverted name with no given name (see metadata.ts).
    { name: 'citation_author', content: `${editors},` },
    { name: 'citation_publication_date', content: highwireDate(published) },
    { name: 'citation_language', content: locale },
    { name: 'citation_publisher', content: editors },
    { name: 'citation_public_url', content: pageUrl },
  ];
  const dublinCore = [
    { name: 'DC.title', content: title },
    { name: 'DC.creator', content: editors },
    { name: 'DC.type', content: 'webpage' },
    { name: 'DC.language', content: locale },
    { name: 'DC.date', content: published },
    { name: 'DC.publisher', content: editors },
    { name: 'DC.identifier', content: pageUrl },
    { name: 'DC.description', content: options.description },
  ];
  const links = [
    { rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' },
    { rel: 'schema.DCTERMS', href: 'http://purl.org/dc/terms/' },
  ];
  const openGraph = [
    { property: 'og:title', content: title },
    { property: 'og:type', content: 'article' },
    { property: 'og:url', content: pageUrl },
    { property: 'og:locale', content: ogLocales[locale] },
    { property: 'og:locale:alternate', content: ogLocales[other] },
    { property: 'og:site_name', content: site },
    { property: 'og:description', content: options.description },
  ];
  const jsonLd: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': pageUrl,
    url: pageUrl,
    name: title,
    ...(names.length > 0 ? { alternateName: names } : {}),
    termCode: entry.id,
    description: options.description,
    inLanguage: locale,
    inDefinedTermSet: {
      '@type': 'DefinedTermSet',
      name: options.registerTitle,
      url: absoluteUrl(options.url, paths.glossary(locale)),
    },
    isPartOf: {
      '@type': 'WebSite',
      name: site,
      url: absoluteUrl(options.url, paths.library(locale)),
      editor: { '@type': 'Organization', name: editors },
      datePublished: published,
      inLanguage: ['de', 'en'],
    },
  };
  return { highwire, dublinCore, links, openGraph, jsonLd };
}
