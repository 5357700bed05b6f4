/**
 * What the search index (scripts/build-search.ts), the search page (app/[locale]/search) and the
 * reader's search script (client/search.ts) agree on. Types and constants only, importing nothing outside contract/,
 * so that the client bundle stays small.
 */
import { languages } from './languages';

/** The languages indexed (both of the edition's), each in its own Pagefind bundle with its own stemming. */
export const searchLanguages = languages;
export type SearchLanguage = (typeof searchLanguages)[number];

/**
 * Site-relative folder of a language's Pagefind bundle. One bundle per language, not one bundle with
 * two language indexes: Pagefind loads only the index that matches `<html lang>`, and an index merged
 * with `mergeIndex` is searched with the primary index's WebAssembly, i.e. with the wrong stemmer.
 * Two bundles are two separate modules, each with its own WebAssembly and worker.
 */
export function searchBundle(lang: SearchLanguage): string {
  return `/pagefind/${lang}/`;
}

/**
 * The search page's script (client/search.ts), bundled on its own by scripts/build-search.ts: the
 * reading pages' script imports it only on the search page.
 */
export const searchScriptUrl = '/search/search.js';

/** The glossary names the client needs to recognise a variant spelling (written by build-search). */
export const searchTermsUrl = '/search/terms.json';

/** One glossary entry as the client sees it. */
export interface SearchTerm {
  id: string;
  headword: Record<SearchLanguage, string>;
  /** Every spelling the texts use, by language. */
  forms: Record<SearchLanguage, string[]>;
  /** Names the texts do not use but a reader may search for. */
  aka: string[];
}

export interface SearchTermsFile {
  terms: SearchTerm[];
}

/**
 * Names of the Pagefind filters of every record. `block` (`slug#p12`) is how the client finds a block's
 * record in the other language's bundle (the aligned block shown beside a hit) and merges the two
 * records of one block into one result.
 */
export const searchFilters = { text: 'text', language: 'language', term: 'term', block: 'block' } as const;

/** The value of the `block` filter: `januar-aufstand#p12`. */
export function blockKey(slug: string, block: string): string {
  return `${slug}#${block}`;
}

/** Ids of the search page's elements that its script finds (the page writes them, client/search.ts reads them). */
export const searchIds = {
  form: 'search-form',
  query: 'search-q',
  text: 'search-text',
  language: 'search-lang',
  term: 'search-term',
  results: 'search-results',
  status: 'search-status',
  data: 'search-data',
  /** The search field in every page's header. */
  siteQuery: 'site-search-q',
} as const;

/** Class of the collapsible filters box, which the script opens when a filter is set. */
export const searchFiltersClass = 'search-filters';

/** URL parameters of the search page. */
export const searchParams = { query: 'q', text: 'text', language: 'lang', term: 'term' } as const;

/** Interface strings and the texts the search page hands its script, as JSON in `#search-data`. */
export interface SearchData {
  locale: SearchLanguage;
  /** The texts in the edition's order, with their titles. */
  texts: { slug: string; title: Record<SearchLanguage, string> }[];
  messages: {
    /** `1 paragraph found.` and `{count} paragraphs found.`: the plural chosen with Intl.PluralRules. */
    resultsOne: string;
    resultsOther: string;
    /** `No results for “{query}”.` */
    none: string;
    loading: string;
    failed: string;
    more: string;
    /** `¶ {number} · {title}` */
    result: string;
    /** Label of a glossary entry among the results. */
    entryKind: string;
    /** `Spellings in the texts: {forms}` */
    entryForms: string;
    /** `Also: {names}` */
    entryAka: string;
    /** Names of the languages, for the label of each block shown. */
    languages: Record<SearchLanguage, string>;
  };
}

/** Words of Pagefind's excerpt of a hit. */
export const excerptLength = 36;

/** Results shown at once; a button shows the next ones. */
export const pageSize = 20;
