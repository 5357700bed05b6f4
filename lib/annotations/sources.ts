/**
 * The edition's bibliography: every work that an editor's note or a glossary entry cites, once, with
 * everything that cites it. The sources page and `/api/sources.json` both read it from here, so that
 * they can never list different works.
 */
import { createHash } from 'node:crypto';
import type { Edition } from '../content/model';
import type { Source } from '../content/schema';
import { annotateText } from './annotate-text';

/** A note that cites a work: which text, which note, its number in reading order and its block. */
export interface NoteCitation {
  text: string;
  note: string;
  number: number;
  block: string;
}

export interface Work {
  /** Stable for as long as the work keeps its address (or its title and publisher, when it has none). */
  id: string;
  title: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
  /** True only when every citation of the work says it was checked: one doubt is enough to say “not verified”. */
  verified: boolean;
  /** The latest day any citation was checked. */
  checked?: string;
  remarks: string[];
  notes: NoteCitation[];
  entries: string[];
}

export interface Citing {
  notes: readonly (NoteCitation & { sources: readonly Source[] })[];
  entries: readonly { id: string; sources: readonly Source[] }[];
}

/**
 * The same work cited twice is one work: by its address (scheme, `www.` and a trailing slash do not
 * count), or by title and publisher when it has no address.
 */
export function workKey(source: Source): string {
  if (source.url) {
    const url = new URL(source.url);
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    return `url:${host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
  }
  const normalise = (value: string | undefined) => (value ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return `title:${normalise(source.title)}|${normalise(source.publisher)}`;
}

function workId(key: string): string {
  return `work-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
}

/** What a bibliography sorts by: the author, else the title; quotation marks and brackets do not count. */
function sortKey(work: Pick<Work, 'author' | 'title'>): string {
  return (work.author ?? work.title).replace(/^[\s"'“”„‘’«»\[(]+/u, '');
}

export function bibliography(citing: Citing, locale = 'en'): Work[] {
  const works = new Map<string, Work>();
  const cite = (source: Source, add: (work: Work) => void) => {
    const key = workKey(source);
    let work = works.get(key);
    if (!work) {
      work = { id: workId(key), title: source.title, verified: source.verified, remarks: [], notes: [], entries: [] };
      works.set(key, work);
    } else {
      work.verified &&= source.verified;
    }
    // The first citation names the work; later ones only fill in what it left out.
    work.author ??= source.author;
    work.publisher ??= source.publisher;
    work.date ??= source.date;
    work.url ??= source.url;
    if (source.checked && (!work.checked || source.checked > work.checked)) work.checked = source.checked;
    if (source.remark && !work.remarks.includes(source.remark)) work.remarks.push(source.remark);
    add(work);
  };
  for (const { sources, ...note } of citing.notes) {
    for (const source of sources) {
      cite(source, (work) => {
        if (!work.notes.some((known) => known.text === note.text && known.note === note.note)) work.notes.push(note);
      });
    }
  }
  for (const entry of citing.entries) {
    for (const source of entry.sources) {
      cite(source, (work) => {
        if (!work.entries.includes(entry.id)) work.entries.push(entry.id);
      });
    }
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...works.values()].sort(
    (a, b) => collator.compare(sortKey(a), sortKey(b)) || (a.date ?? '').localeCompare(b.date ?? '') || collator.compare(a.title, b.title),
  );
}

const cache = new WeakMap<Edition, Map<string, Work[]>>();

/** The bibliography of the whole edition, sorted for an interface language. */
export function bibliographyOf(edition: Edition, locale = 'en'): Work[] {
  const byLocale = cache.get(edition) ?? new Map<string, Work[]>();
  cache.set(edition, byLocale);
  const cached = byLocale.get(locale);
  if (cached) return cached;
  const notes = edition.texts.flatMap((text) =>
    annotateText(text, edition.glossary).notes.map((note) => ({ text: text.slug, note: note.id, number: note.number, block: note.block, sources: note.sources })),
  );
  const works = bibliography({ notes, entries: edition.glossary.map((entry) => ({ id: entry.id, sources: entry.sources })) }, locale);
  byLocale.set(locale, works);
  return works;
}
