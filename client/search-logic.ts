/**
 * The pure part of the search page's script: no DOM, no network, so that it is unit-tested in Node
 * (tests/unit/client/search-logic.test.ts). Query → glossary entries (variant spellings), Pagefind's
 * excerpt → safe text segments, marking words and forms in a block, grouping the records of both
 * languages into one result per block, the search state ↔ the URL.
 */
import { escapeRegExp } from '@/contract/regexp';
import { searchLanguages, searchParams, type SearchLanguage, type SearchTerm } from '@/contract/search';

/** A run of text, marked (a hit) or not. Rendered as text nodes and <mark> elements, never as HTML. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * A name as the matcher compares it: case, diacritics, ß and punctuation do not count
 * (`Schangaösen` = `schangaosen` = `SCHANGAÖSEN`; `„OVKS“` = `ovks`).
 */
export function normalise(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every name of an entry a reader may type: headwords (and their parts: `Schangaösen (Zhanaozen)`), forms, aka. */
export function namesOf(term: SearchTerm): string[] {
  const headwords = searchLanguages.flatMap((lang) => {
    const headword = term.headword[lang];
    const parts = headword.match(/^(.*?)\s*\((.*)\)\s*$/);
    return parts ? [headword, parts[1] ?? '', parts[2] ?? ''] : [headword];
  });
  return [...new Set([...headwords, ...term.forms.de, ...term.forms.en, ...term.aka].filter((name) => name.trim() !== ''))];
}

/** The key of a name in the index: normalised, or as it is when it is punctuation or a symbol only (`₸`). */
export function nameKey(value: string): string {
  return normalise(value) || value.trim().toLowerCase();
}

/** Index of normalised names → entries, built once per page. */
export type NameIndex = Map<string, SearchTerm[]>;

export function nameIndex(terms: readonly SearchTerm[]): NameIndex {
  const index: NameIndex = new Map();
  for (const term of terms) {
    for (const name of namesOf(term)) {
      const key = nameKey(name);
      if (!key) continue;
      const entries = index.get(key) ?? [];
      if (!entries.includes(term)) entries.push(term);
      index.set(key, entries);
    }
  }
  return index;
}

/** The glossary entries the whole query names (a form, a headword or an aka), ignoring case and diacritics. */
export function matchEntries(query: string, index: NameIndex): SearchTerm[] {
  const key = nameKey(query);
  return key ? (index.get(key) ?? []) : [];
}

/** Shortest query for which partial names are looked up: fewer letters name too much. */
export const minPartialName = 3;

/** What a query asks of the search. */
export interface QueryPlan {
  /**
   * The entries the whole query names (a spelling, a headword or an aka). Their paragraphs are the
   * ones the register records, and nothing else: every spelling of an entry finds exactly the same
   * paragraphs, and Pagefind never sees the name (it would substitute a short word for an unknown one).
   */
  entries: SearchTerm[];
  /** Entries with a name that begins with the query or one of its words begins with it (`Tengiz`): shown as entries, not searched. */
  partial: SearchTerm[];
  /** Whether Pagefind searches the query's words: only when the query names no entry. */
  fullText: boolean;
}

export function planQuery(query: string, index: NameIndex): QueryPlan {
  const entries = matchEntries(query, index);
  if (entries.length > 0) return { entries, partial: [], fullText: false };
  const key = normalise(query);
  const partial: SearchTerm[] = [];
  if (key.length >= minPartialName) {
    for (const [name, terms] of index) {
      if (!name.startsWith(key) && !name.includes(` ${key}`)) continue;
      for (const term of terms) if (!partial.includes(term)) partial.push(term);
    }
  }
  return { entries: [], partial, fullText: key !== '' };
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * Whether a word Pagefind marked really answers one of the query's words. When a word is not in its
 * index, Pagefind searches the longest prefix of it that is (Pagefind PR #315): `Tokajew` in the
 * English index becomes `to`. Stemming shares at least half of the word (`Gewerkschaften` →
 * `Gewerkschafter`, `running` → `runs`); such a prefix fallback shares less (`to`, 2 of 7 letters).
 */
export function answersQuery(marked: string, query: string): boolean {
  const word = normalise(marked);
  if (!word) return false;
  return normalise(query)
    .split(' ')
    .filter((part) => part !== '')
    .some((part) => commonPrefix(word, part) >= Math.max(1, Math.floor(part.length / 2)));
}

/** A Pagefind hit is kept when at least one word it marked answers the query (see answersQuery). */
export function isGenuineHit(segments: readonly Segment[], query: string): boolean {
  return markedWords(segments).some((word) => answersQuery(word, query));
}

/** How many times the forms occur in a text as whole words: the rank of a block found through the register. */
export function countForms(text: string, forms: readonly string[]): number {
  return markWords(text, forms).filter((segment) => segment.mark).length;
}

function decodeExcerptText(text: string): string {
  // Pagefind escapes only < and > in its excerpts.
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/**
 * Pagefind's excerpt (text with `<mark>` around the matched words, `<` and `>` escaped) → segments.
 * Nothing else of it is trusted: any other markup stays literal text.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '' && !marked) segments.push({ text: decodeExcerptText(part), mark: false });
    else if (part !== '') {
      // Pagefind marks whole tokens, punctuation included (`Kasachstan:`); only the word is marked here.
      const [, before = '', word = '', after = ''] = decodeExcerptText(part).match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su) ?? [];
      segments.push({ text: before, mark: false }, { text: word, mark: true }, { text: after, mark: false });
    }
  }
  return joinSegments(segments);
}

/** Adjacent segments with the same marking joined; empty ones dropped. */
function joinSegments(segments: readonly Segment[]): Segment[] {
  const joined: Segment[] = [];
  for (const segment of segments) {
    if (segment.text === '') continue;
    const last = joined.at(-1);
    if (last && last.mark === segment.mark) last.text += segment.text;
    else joined.push({ ...segment });
  }
  return joined;
}

/**
 * Marks every whole-word occurrence of the given words or phrases in a text (longest first, exactly
 * as written: the glossary's forms are case-sensitive, like the term marking of the pages).
 */
export function markWords(text: string, words: readonly string[]): Segment[] {
  const unique = [...new Set(words.map((word) => word.trim()).filter((word) => word !== ''))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return text ? [{ text, mark: false }] : [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    segments.push({ text: text.slice(last, index), mark: false }, { text: match[0], mark: true });
    last = index + match[0].length;
  }
  segments.push({ text: text.slice(last), mark: false });
  return joinSegments(segments);
}

/** The words Pagefind marked in an excerpt, without surrounding punctuation (`Kasachstan:` → `Kasachstan`). */
export function markedWords(segments: readonly Segment[]): string[] {
  return [
    ...new Set(
      segments
        .filter((segment) => segment.mark)
        .flatMap((segment) => segment.text.split(/\s+/))
        .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
        .filter((word) => word !== ''),
    ),
  ];
}

/**
 * An excerpt of about `length` words around the first marked segment, with `…` where it cuts, for the
 * blocks found through a glossary entry rather than by Pagefind (which then has no excerpt).
 */
export function excerptAround(segments: readonly Segment[], length: number): Segment[] {
  const words: { text: string; mark: boolean }[] = [];
  for (const segment of segments) {
    for (const token of segment.text.split(/(\s+)/)) if (token !== '') words.push({ text: token, mark: segment.mark });
  }
  const wordIndexes = words.flatMap((word, index) => (/\S/.test(word.text) ? [index] : []));
  if (wordIndexes.length <= length) return joinSegments(segments);
  const firstMark = words.findIndex((word) => word.mark && /\S/.test(word.text));
  const markWord = Math.max(0, wordIndexes.indexOf(firstMark));
  const startWord = Math.max(0, Math.min(markWord - Math.floor(length / 3), wordIndexes.length - length));
  const endWord = Math.min(wordIndexes.length, startWord + length);
  const from = wordIndexes[startWord] ?? 0;
  const to = (wordIndexes[endWord - 1] ?? words.length - 1) + 1;
  const cut = words.slice(from, to);
  const result: Segment[] = [];
  if (startWord > 0) result.push({ text: '… ', mark: false });
  result.push(...cut);
  if (endWord < wordIndexes.length) result.push({ text: ' …', mark: false });
  return joinSegments(result);
}

/** A block's address in a record's URL: `/de/texts/januar-aufstand#p12`. */
export interface BlockAddress {
  slug: string;
  block: string;
}

export function parseBlockUrl(url: string): BlockAddress | undefined {
  const match = url.match(/\/texts\/([a-z0-9-]+)#([a-z]\d+[a-z]?)$/);
  return match?.[1] && match[2] ? { slug: match[1], block: match[2] } : undefined;
}

/** Reading order of block ids within a text: p2 < p12 < p12a < p13. */
export function compareBlockIds(a: string, b: string): number {
  const parse = (id: string): [number, string] => {
    const match = id.match(/^[a-z](\d+)([a-z]?)$/);
    return [Number(match?.[1] ?? 0), match?.[2] ?? ''];
  };
  const [numberA, suffixA] = parse(a);
  const [numberB, suffixB] = parse(b);
  return numberA - numberB || suffixA.localeCompare(suffixB);
}

/** One record that matched: a block in one language. */
export interface Hit extends BlockAddress {
  lang: SearchLanguage;
  /** Pagefind's score; 0 for a block found only through a glossary entry. */
  score: number;
  /** What is shown of the hit: Pagefind's excerpt, or an excerpt around the glossary forms. */
  segments: Segment[];
  /** The block's whole plain text. */
  content: string;
}

/** One result: one block, with what matched in each language. */
export interface BlockResult extends BlockAddress {
  hits: Partial<Record<SearchLanguage, Hit>>;
  /** The language shown as the hit; the other is shown beside it as the aligned block. */
  primary: SearchLanguage;
  score: number;
}

/**
 * One result per block: the records of both languages merged, ordered by score (best first), then in
 * reading order (texts in the edition's order). The hit shown first is the better-scoring language;
 * for a block found only through a glossary entry, the reader's interface language.
 */
export function groupHits(hits: readonly Hit[], textOrder: readonly string[], locale: SearchLanguage): BlockResult[] {
  const byBlock = new Map<string, BlockResult>();
  for (const hit of hits) {
    const key = `${hit.slug}#${hit.block}`;
    const result = byBlock.get(key) ?? { slug: hit.slug, block: hit.block, hits: {}, primary: hit.lang, score: 0 };
    const existing = result.hits[hit.lang];
    if (!existing || hit.score > existing.score) result.hits[hit.lang] = hit;
    byBlock.set(key, result);
  }
  for (const result of byBlock.values()) {
    const languages = searchLanguages.filter((lang) => result.hits[lang]);
    const scoreOf = (lang: SearchLanguage) => result.hits[lang]?.score ?? -1;
    result.score = Math.max(...languages.map(scoreOf));
    result.primary = languages.sort((a, b) => scoreOf(b) - scoreOf(a) || (a === locale ? -1 : b === locale ? 1 : 0))[0] ?? locale;
  }
  const textIndex = (slug: string) => {
    const index = textOrder.indexOf(slug);
    return index === -1 ? textOrder.length : index;
  };
  return [...byBlock.values()].sort((a, b) => b.score - a.score || textIndex(a.slug) - textIndex(b.slug) || compareBlockIds(a.block, b.block));
}

/** What the search page shows, as in its URL: `?q=…&text=…&lang=…&term=…`. */
export interface SearchState {
  query: string;
  text: string;
  language: string;
  term: string;
}

export function readState(params: URLSearchParams): SearchState {
  return {
    query: params.get(searchParams.query) ?? '',
    text: params.get(searchParams.text) ?? '',
    language: params.get(searchParams.language) ?? '',
    term: params.get(searchParams.term) ?? '',
  };
}

/** The query string of a state: only the parameters that are set, in a fixed order. */
export function stateSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set(searchParams.query, state.query);
  if (state.text) params.set(searchParams.text, state.text);
  if (state.language) params.set(searchParams.language, state.language);
  if (state.term) params.set(searchParams.term, state.term);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function isSearchLanguage(value: string): value is SearchLanguage {
  return (searchLanguages as readonly string[]).includes(value);
}

export { format } from './template';
