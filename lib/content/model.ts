/** The edition's own types, as the rest of the code sees them once the sources are loaded and checked. */
import type { SourceBlock } from '../markdown/block';
import type { AnchorsLock, EditionMeta, GlossaryEntry, GlossaryLock, Language, Messages, Note, RegisterDecision, TextMeta } from './schema';

export type { Language } from './schema';

/**
 * A record read from a YAML file, with the line it starts on and the lines of its Markdown fields
 * (`body.de`, `gloss.en`), so that an error in a note's body points at the body, not the note.
 */
export type Located<T> = T & { line?: number; fieldLines?: Readonly<Record<string, number>> };

/** One block of one version, with its plain text as a reader reads it. */
export interface Block extends SourceBlock {
  text: string;
}

/** One language version of a text (`texts/<slug>/<lang>.md`). */
export interface Version {
  lang: Language;
  /** Path relative to the repository root. */
  file: string;
  blocks: Block[];
}

export interface Text {
  slug: string;
  meta: TextMeta;
  /** In the order of `meta.languages`; the German version first. */
  versions: Version[];
  anchors: AnchorsLock;
  notes: Located<Note>[];
  files: { meta: string; anchors: string; notes?: string };
}

export interface Edition {
  meta: EditionMeta;
  texts: Text[];
  glossary: Located<GlossaryEntry>[];
  /** Names and terms of the texts that deliberately have no entry of their own (`annotations/register-decisions.yaml`). */
  registerDecisions: Located<RegisterDecision>[];
  /** Released entry ids and redirects (annotations/glossary.lock.yaml). */
  glossaryLock: GlossaryLock;
  messages: Record<Language, Messages>;
}
