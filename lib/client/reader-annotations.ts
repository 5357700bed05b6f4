/**
 * The reader's annotations file (`/reader/<slug>.<locale>.json`, contract/reader.ts): everything the
 * popovers, the ¶ panel and “Mark every name” need, fetched by the page's script on first use (or
 * when the browser is idle), never part of the page itself. Public and stable: add fields, never
 * rename or remove. Built by lib/render/reader-annotations.ts, read by client/annotations.ts.
 */
import type { CiteTemplates } from '@/contract/cite-tokens';

/** Sanitised prose as a compact tree: a string is text, `[tag, attributes, ...children]` an element. */
export type ProseNode = string | [string, Record<string, string>, ...ProseNode[]];

export type Bilingual<T> = Record<'de' | 'en', T>;

export interface TermAnnotation {
  /** The entry's register page in the page's interface language. */
  href: string;
  headword: Bilingual<string>;
  gloss: Bilingual<ProseNode[]>;
  /** The kind (“Place”, “Ort”), each in its gloss's language. */
  label: Bilingual<string>;
}

export interface NoteAnnotation {
  number: number;
  /** The block the note is on. */
  block: string;
  body: Bilingual<ProseNode[]>;
  /** “Note 12 · Correction”, each in its body's language. */
  label: Bilingual<string>;
  /** The note's sources in one line, with their label in both languages; absent when it cites none. */
  sources?: { nodes: ProseNode[]; label: Bilingual<string> };
}

export interface ReaderAnnotations {
  /** Every glossary entry the text names, by id. */
  terms: Record<string, TermAnnotation>;
  /** Every note of the text, by id, in reading order. */
  notes: Record<string, NoteAnnotation>;
  /** Block id → the entries named in it (either language, marked or not), in reading order. */
  names: Record<string, string[]>;
  /** Each form of the entries this text names → its entry (“Mark every name”). */
  forms: Record<string, string>;
  /** The citations of the version the page cites, with tokens for the access date, the address and the ¶ (client/cite.ts). */
  cite?: CiteTemplates;
  messages: {
    /** A note popover's accessible name (“Note {number}”). */
    note: string;
    /** The heading of the printed endnotes. */
    notes: string;
  };
}
