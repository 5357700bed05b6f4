/**
 * The machine-readable description of a glossary entry's page (`/[locale]/glossary/<id>`): for
 * reference managers the same web page item as every page the editors wrote (`editorialPageMetadata`:
 * Zotero files it as a web page by the edition's editors), and as schema.org JSON-LD a `DefinedTerm`
 * of the register (`DefinedTermSet`) within the edition's `WebSite`.
 */
import type { Language } from '../content/model';
import type { EditionMeta, GlossaryEntry } from '../content/schema';
import { entryHref, paths } from '@/contract/routes';
import { editionTitle } from './csl-item';
import { editorialPageMetadata, type CitationMetadata, type JsonLd } from './metadata';
import { otherLanguage } from '../languages';
import { languages } from '@/contract/languages';

export interface EntryMetadataOptions {
  /** The interface language of the page: the headword and gloss it cites. */
  locale: Language;
  /** The edition's public base address, when one is configured (`editionUrl()`). */
  url?: URL;
  /** The register's title in `locale` (messages: Register.title). */
  registerTitle: string;
  /** The gloss as plain text in `locale`, for descriptions. */
  description: string;
}

export function entryMetadata(entry: GlossaryEntry, edition: EditionMeta, options: EntryMetadataOptions): CitationMetadata {
  const { locale } = options;
  const other: Language = otherLanguage(locale);
  const title = entry.headword[locale];
  const path = entryHref(locale, entry.id);
  // No public address: the IRIs stay site-relative, never an invented host.
  const iri = (target: string) => (options.url ? new URL(target, options.url).href : target);
  const page = editorialPageMetadata(edition, {
    title,
    locale,
    path,
    description: options.description,
    ...(options.url ? { url: options.url } : {}),
  });
  const names = [...new Set([entry.headword[other], ...entry.forms.de, ...entry.forms.en, ...entry.aka])].filter((name) => name !== title);
  const jsonLd: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': iri(path),
    url: iri(path),
    name: title,
    ...(names.length > 0 ? { alternateName: names } : {}),
    termCode: entry.id,
    description: options.description,
    inLanguage: locale,
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: options.registerTitle, url: iri(paths.glossary(locale)) },
    isPartOf: {
      '@type': 'WebSite',
      name: editionTitle(edition, locale),
      url: iri(paths.library(locale)),
      editor: { '@type': 'Organization', name: edition.editors[locale] },
      datePublished: String(edition.published),
      inLanguage: [...languages],
    },
  };
  return { ...page, jsonLd };
}
