/**
 * The annotated edition, computed once per build. `npm run check` (the build's first step) stores the
 * checked edition and every text's annotation (blocks as hast, term occurrences, note numbering) in
 * `.cache/annotated-edition.json`, keyed by a hash of every input: the sources (texts/, annotations/,
 * messages/) and the code that reads and annotates them. Each later consumer (every Next worker,
 * build-search, build-exports) reads it when the hash still matches and otherwise runs the pipeline
 * itself, so that `next dev` and the tests work without it. Each side says what it did in the build log.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { annotateText, rememberAnnotation, type AnnotatedText } from '../annotations/annotate-text';
import type { Edition } from '../content/model';

/** Where the artifact lives, relative to the repository (.cache/ is not committed). */
export const annotatedEditionFile = '.cache/annotated-edition.json';

/** Bump when the stored shape changes: an old file then no longer matches. */
const format = 1;

/** The edition's sources: what `npm run check` reads. */
const sourceInputs = ['texts', 'annotations', 'messages'];
/** The code whose output is stored: reading, checking and annotating, and the dependencies' versions. */
const codeInputs = ['lib/content', 'lib/annotations', 'lib/markdown', 'lib/pipeline', 'lib/citation/reference.ts', 'i18n', 'package-lock.json'];

function filesBelow(root: string, entry: string): string[] {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesBelow(root, path.posix.join(entry, name)));
}

/** A hash of every input file's path and bytes: any change to a source or to the code gives another. */
export function editionHash(root: string): string {
  const hash = createHash('sha256').update(`format ${format}\n`);
  for (const file of [...sourceInputs, ...codeInputs].flatMap((entry) => filesBelow(root, entry))) {
    hash
      .update(`${file}\n`)
      .update(readFileSync(path.join(root, file)))
      .update('\n');
  }
  return hash.digest('hex');
}

/** An annotated text as JSON holds it: the text by its slug, maps and sets as lists. */
interface StoredText {
  slug: string;
  versions: { lang: string; elements: [string, Element][]; terms: AnnotatedText['versions'][number]['terms'] }[];
  notes: AnnotatedText['notes'];
  entries: string[];
  problems: AnnotatedText['problems'];
}

interface StoredEdition {
  format: number;
  hash: string;
  edition: Edition;
  texts: StoredText[];
}

function store(annotated: AnnotatedText): StoredText {
  return {
    slug: annotated.text.slug,
    versions: annotated.versions.map(({ version, elements, terms }) => ({ lang: version.lang, elements: [...elements], terms })),
    notes: annotated.notes,
    entries: [...annotated.entries],
    problems: annotated.problems,
  };
}

function restore(stored: StoredText, edition: Edition): AnnotatedText {
  const text = edition.texts.find((candidate) => candidate.slug === stored.slug);
  if (!text) throw new Error(`${annotatedEditionFile}: text “${stored.slug}” is not in the stored edition`);
  return {
    text,
    versions: stored.versions.map((version) => {
      const found = text.versions.find((candidate) => candidate.lang === version.lang);
      if (!found) throw new Error(`${annotatedEditionFile}: text “${stored.slug}” has no ${version.lang} version`);
      return { version: found, elements: new Map(version.elements), terms: version.terms };
    }),
    notes: stored.notes,
    entries: new Set(stored.entries),
    problems: stored.problems,
  };
}

/**
 * Stores a checked edition and the annotation of every text (annotated here if it was not yet, so
 * once). Written to a temporary name and renamed: a reader never sees half a file.
 */
export function writeAnnotatedEdition(root: string, edition: Edition, hash: string = editionHash(root)): { file: string; bytes: number } {
  const stored: StoredEdition = { format, hash, edition, texts: edition.texts.map((text) => store(annotateText(text, edition.glossary))) };
  const file = path.join(root, annotatedEditionFile);
  mkdirSync(path.dirname(file), { recursive: true });
  const json = JSON.stringify(stored);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, json);
  renameSync(temporary, file);
  return { file, bytes: Buffer.byteLength(json) };
}

export type StoredLookup = { kind: 'reused'; edition: Edition; hash: string } | { kind: 'missing' } | { kind: 'stale'; hash: string };

/**
 * The stored edition when its hash matches the inputs as they are now; its texts' annotations are
 * then what `annotateText` answers for them, without annotating again.
 */
export function readAnnotatedEdition(root: string): StoredLookup {
  const file = path.join(root, annotatedEditionFile);
  if (!existsSync(file)) return { kind: 'missing' };
  const hash = editionHash(root);
  let stored: StoredEdition;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as StoredEdition;
  } catch {
    return { kind: 'stale', hash };
  }
  if (stored.format !== format || stored.hash !== hash) return { kind: 'stale', hash };
  for (const text of stored.texts) rememberAnnotation(restore(text, stored.edition));
  return { kind: 'reused', edition: stored.edition, hash };
}
