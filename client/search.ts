/**
 * The search page's script (app/[locale]/search). Bundled on its own by scripts/build-search.ts into
 * /search/search.js and imported by client/index.ts only on the search page, so that the reading pages
 * do not carry it.
 *
 * Nothing of the search loads with the page: the two Pagefind bundles (one per language, each with its
 * own stemming, see contract/search.ts) and the glossary names are fetched when the reader first
 * types, submits or picks a filter, or opens the page with a query in its address. Pagefind searches in
 * a web worker, so typing never waits for it; a newer query simply supersedes an older one.
 *
 * Results are built as DOM nodes: text nodes and <mark> elements from Pagefind's excerpt (see
 * excerptSegments), never HTML.
 */
import { blockNumber, Reference } from '@/contract/reference';
import { entryHref } from '@/contract/routes';
import {
  blockKey,
  excerptLength,
  pageSize,
  searchBundle,
  searchFilters,
  searchFiltersClass,
  searchIds,
  searchLanguages,
  searchTermsUrl,
  type SearchData,
  type SearchLanguage,
  type SearchTerm,
  type SearchTermsFile,
} from '@/contract/search';
import {
  excerptAround,
  countForms,
  excerptSegments,
  format,
  groupHits,
  isGenuineHit,
  isSearchLanguage,
  markedWords,
  markWords,
  nameIndex,
  parseBlockUrl,
  planQuery,
  readState,
  stateSearch,
  type BlockResult,
  type Hit,
  type NameIndex,
  type SearchState,
  type Segment,
} from './search-logic';
import { otherLanguage } from '@/contract/languages';
import { languageSwitchClass } from '@/contract/reader';

/** The part of Pagefind's browser API the edition uses (pagefind.js is loaded at run time, untyped). */
interface PagefindFragment {
  url: string;
  content: string;
  excerpt: string;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
type PagefindFilters = Record<string, unknown>;
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindResponse | null>;
}

interface Engine {
  bundles: Record<SearchLanguage, PagefindModule>;
  names: NameIndex;
  terms: Map<string, SearchTerm>;
}

const debounceMs = 120;

let engine: Promise<Engine> | undefined;

/** Loads both Pagefind bundles and the glossary names, once; a failed load may be retried. */
function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const load = async (lang: SearchLanguage): Promise<PagefindModule> => {
      const url = `${searchBundle(lang)}pagefind.js`;
      // Two URLs, two module instances: each bundle keeps its own WebAssembly (stemmer) and worker.
      const bundle = (await import(url)) as PagefindModule;
      await bundle.options({ excerptLength, excerptEllipsis: '…' });
      await bundle.init();
      return bundle;
    };
    const loadTerms = async (): Promise<SearchTerm[]> => {
      const response = await fetch(searchTermsUrl);
      if (!response.ok) throw new Error(`${response.status} ${searchTermsUrl}`);
      return ((await response.json()) as SearchTermsFile).terms;
    };
    const [de, en, terms] = await Promise.all([load('de'), load('en'), loadTerms()]);
    return { bundles: { de, en }, names: nameIndex(terms), terms: new Map(terms.map((term) => [term.id, term])) };
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/** Text nodes and <mark> elements into `parent`. */
function appendSegments(parent: HTMLElement, segments: readonly Segment[]): void {
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(segment.text));
    }
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

interface Found {
  /** Entries the query names, then entries it names in part. */
  entries: SearchTerm[];
  hits: Hit[];
}

/** The forms of the entries in one language: what is marked in a block found through the register. */
function formsIn(entries: readonly SearchTerm[], lang: SearchLanguage): string[] {
  return entries.flatMap((entry) => entry.forms[lang]);
}

async function search(state: SearchState, loaded: Engine): Promise<Found> {
  const query = state.query.trim();
  const plan = query ? planQuery(query, loaded.names) : { entries: [], partial: [], fullText: false };
  const filterEntry = state.term ? loaded.terms.get(state.term) : undefined;
  // Blocks found through the register: a query naming an entry, or no query but an entry filter.
  const viaRegister = plan.entries.length > 0 ? plan.entries : !query && filterEntry ? [filterEntry] : [];
  const filters: PagefindFilters = {};
  if (state.text) filters[searchFilters.text] = state.text;
  if (state.term) filters[searchFilters.term] = state.term;
  const languages = isSearchLanguage(state.language) ? [state.language] : [...searchLanguages];

  const perLanguage = await Promise.all(
    languages.map(async (lang): Promise<Hit[]> => {
      const bundle = loaded.bundles[lang];
      const [byText, byRegister] = await Promise.all([
        plan.fullText ? bundle.search(query, { filters }) : null,
        viaRegister.length > 0 ? bundle.search(null, { filters: { ...filters, any: viaRegister.map((entry) => ({ [searchFilters.term]: entry.id })) } }) : null,
      ]);
      const forms = formsIn(viaRegister, lang);
      const textHits = await Promise.all(
        (byText?.results ?? []).map(async (result): Promise<Hit | undefined> => {
          const fragment = await result.data();
          const address = parseBlockUrl(fragment.url);
          const segments = excerptSegments(fragment.excerpt);
          // Pagefind's prefix fallback (`Tokajew` → `to`) is not a hit.
          if (!address || !isGenuineHit(segments, query)) return undefined;
          return { ...address, lang, score: result.score, segments, content: fragment.content };
        }),
      );
      const registerHits = await Promise.all(
        (byRegister?.results ?? []).map(async (result): Promise<Hit | undefined> => {
          const fragment = await result.data();
          const address = parseBlockUrl(fragment.url);
          if (!address) return undefined;
          const segments = excerptAround(markWords(fragment.content, forms), excerptLength);
          // Ranked by how often the entry occurs in the block; Pagefind has no score for a filter.
          return { ...address, lang, score: countForms(fragment.content, forms), segments, content: fragment.content };
        }),
      );
      return [...textHits, ...registerHits].filter((hit): hit is Hit => hit !== undefined);
    }),
  );
  return { entries: [...plan.entries, ...plan.partial], hits: perLanguage.flat() };
}

/** The aligned blocks (the other language) of results whose other language did not match, by `slug#id`. */
async function alignedBlocks(results: readonly BlockResult[], loaded: Engine): Promise<Map<string, string>> {
  const aligned = new Map<string, string>();
  await Promise.all(
    searchLanguages.map(async (lang) => {
      const keys = results.filter((result) => !result.hits[lang]).map((result) => blockKey(result.slug, result.block));
      if (keys.length === 0) return;
      const response = await loaded.bundles[lang].search(null, { filters: { [searchFilters.block]: { any: keys } } });
      const fragments = await Promise.all((response?.results ?? []).map((result) => result.data()));
      for (const fragment of fragments) {
        const address = parseBlockUrl(fragment.url);
        if (address) aligned.set(`${lang}:${blockKey(address.slug, address.block)}`, fragment.content);
      }
    }),
  );
  return aligned;
}

export function initSearch(form: HTMLFormElement): void {
  const dataElement = document.getElementById(searchIds.data);
  const field = form.querySelector<HTMLInputElement>(`#${searchIds.query}`);
  const region = document.getElementById(searchIds.results);
  const status = document.getElementById(searchIds.status);
  if (!dataElement?.textContent || !field || !region || !status) return;
  const data = JSON.parse(dataElement.textContent) as SearchData;
  const { locale, messages } = data;
  const plural = new Intl.PluralRules(locale);
  const textOrder = data.texts.map((text) => text.slug);
  const titles = new Map(data.texts.map((text) => [text.slug, text.title]));
  const selects = {
    text: form.querySelector<HTMLSelectElement>(`#${searchIds.text}`),
    language: form.querySelector<HTMLSelectElement>(`#${searchIds.language}`),
    term: form.querySelector<HTMLSelectElement>(`#${searchIds.term}`),
  };
  const filtersBox = form.querySelector<HTMLDetailsElement>(`.${searchFiltersClass}`);
  const entriesList = element('ul', 'search-entries');
  const resultsList = element('ol', 'search-results');
  const more = element('button', 'search-more', messages.more);
  more.type = 'button';
  more.hidden = true;
  region.append(entriesList, resultsList, more);

  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: { results: BlockResult[]; shown: number; loaded: Engine } | undefined;

  const state = (): SearchState => ({
    query: field.value,
    text: selects.text?.value ?? '',
    language: selects.language?.value ?? '',
    term: selects.term?.value ?? '',
  });

  const applyState = (from: SearchState) => {
    field.value = from.query;
    const choose = (select: HTMLSelectElement | null, value: string) => {
      if (!select) return;
      select.value = [...select.options].some((option) => option.value === value) ? value : '';
    };
    choose(selects.text, from.text);
    choose(selects.language, from.language);
    choose(selects.term, from.term);
    if (filtersBox && (from.text || from.language || from.term)) filtersBox.open = true;
  };

  const clear = () => {
    entriesList.replaceChildren();
    resultsList.replaceChildren();
    more.hidden = true;
    current = undefined;
  };

  const renderEntry = (entry: SearchTerm): HTMLLIElement => {
    const item = element('li', 'search-entry');
    const heading = element('h3');
    const link = element('a', undefined, entry.headword[locale]);
    link.href = entryHref(locale, entry.id);
    heading.append(link);
    const forms = [...new Set([...entry.forms.de, ...entry.forms.en])];
    const details = [messages.entryKind];
    if (forms.length > 0) details.push(format(messages.entryForms, { forms: forms.join(', ') }));
    if (entry.aka.length > 0) details.push(format(messages.entryAka, { names: entry.aka.join(', ') }));
    item.append(heading, element('p', 'search-entry-details', details.join(' · ')));
    return item;
  };

  const renderBlock = (lang: SearchLanguage, segments: readonly Segment[], kind: 'hit' | 'aligned'): HTMLDivElement => {
    const cell = element('div', `search-block is-${kind}`);
    const label = element('span', 'search-block-lang', messages.languages[lang]);
    label.lang = locale;
    const text = element('p');
    text.lang = lang;
    appendSegments(text, segments);
    cell.append(label, text);
    return cell;
  };

  const renderResult = (result: BlockResult, aligned: Map<string, string>): HTMLLIElement => {
    const item = element('li', 'search-result');
    const heading = element('h3');
    const link = element('a');
    link.href = Reference.block(result.slug, result.block).href(locale);
    link.textContent = format(messages.result, { number: blockNumber(result.block), title: titles.get(result.slug)?.[locale] ?? result.slug });
    heading.append(link);
    const primary = result.hits[result.primary];
    const other = otherLanguage(result.primary);
    const otherHit = result.hits[other];
    const blocks = element('div', 'search-result-blocks');
    if (primary) blocks.append(renderBlock(result.primary, primary.segments, 'hit'));
    const otherText = otherHit
      ? markWords(otherHit.content, markedWords(otherHit.segments))
      : [{ text: aligned.get(`${other}:${blockKey(result.slug, result.block)}`) ?? '', mark: false }];
    blocks.append(renderBlock(other, otherText, 'aligned'));
    item.append(heading, blocks);
    return item;
  };

  /** Shows the next page of results; returns the first new link (to move the focus to it). */
  const showMore = async (): Promise<HTMLAnchorElement | undefined> => {
    const view = current;
    if (!view) return undefined;
    const page = view.results.slice(view.shown, view.shown + pageSize);
    const aligned = await alignedBlocks(page, view.loaded);
    if (view !== current) return undefined;
    const items = page.map((result) => renderResult(result, aligned));
    resultsList.append(...items);
    view.shown += page.length;
    more.hidden = view.shown >= view.results.length;
    return items[0]?.querySelector('a') ?? undefined;
  };

  const run = async () => {
    const mine = ++sequence;
    const wanted = state();
    history.replaceState(history.state, '', `${location.pathname}${stateSearch(wanted)}${location.hash}`);
    // The other interface language keeps the query and the filters.
    for (const link of document.querySelectorAll<HTMLAnchorElement>(`a.${languageSwitchClass}`)) {
      link.href = `${new URL(link.href, location.href).pathname}${stateSearch(wanted)}`;
    }
    if (!wanted.query.trim() && !wanted.term) {
      clear();
      status.textContent = '';
      return;
    }
    if (!engine) status.textContent = messages.loading;
    performance.mark('edition-search-start');
    try {
      const loaded = await loadEngine();
      if (mine !== sequence) return;
      const found = await search(wanted, loaded);
      if (mine !== sequence) return;
      const results = groupHits(found.hits, textOrder, locale);
      clear();
      current = { results, shown: 0, loaded };
      entriesList.append(...found.entries.map(renderEntry));
      await showMore();
      if (mine !== sequence) return;
      const count = results.length;
      status.textContent =
        count === 0 && found.entries.length === 0
          ? format(messages.none, { query: wanted.query.trim() })
          : format(plural.select(count) === 'one' ? messages.resultsOne : messages.resultsOther, { count });
      performance.measure('edition-search', 'edition-search-start');
    } catch (error) {
      if (mine !== sequence) return;
      clear();
      status.textContent = messages.failed;
      console.error(error);
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), debounceMs);
  };

  field.addEventListener('input', schedule);
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && field.value !== '') {
      event.preventDefault();
      field.value = '';
      clearTimeout(timer);
      void run();
    }
  });
  for (const select of Object.values(selects)) select?.addEventListener('change', schedule);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  more.addEventListener('click', () => {
    void showMore().then((link) => link?.focus());
  });

  // This script arrives after the page (client/index.ts imports it): what the reader typed meanwhile wins over the address.
  const typed = field.value;
  const initial = readState(new URLSearchParams(location.search));
  applyState(initial);
  if (typed) field.value = typed;
  if (field.value.trim() || initial.term) void run();
}
