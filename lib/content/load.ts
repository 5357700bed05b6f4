/**
 * The content gateway: the only module that reads `texts/`, `annotations/` and `messages/`. It parses
 * every file at the boundary (zod, Markdown) and returns the edition's own types, or every problem it
 * found. The checks across files (validate.ts) and the annotation (lib/annotations) are later stages,
 * composed by lib/pipeline/load-edition.ts: nothing here depends on them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { blockText } from '../markdown/block-text';
import { blockToHast } from '../markdown/blocks-to-hast';
import { parseVersion } from '../markdown/parse-version';
import { z } from 'zod';
import { checkCharacters, decodeUtf8Source } from './check-characters';
import { checkReleasedIds, committedLock, gitCheckout, releasedIn } from './check-released-ids';
import { jsonErrorPosition } from './json-position';
import type { Block, Edition, Located, Text, Version } from './model';
import { parseYaml } from './parse-yaml';
import { error, type Problem } from './problems';
import {
  anchorsLockSchema,
  editionMetaSchema,
  glossaryFileSchema,
  glossaryLockSchema,
  languages,
  messagesSchema,
  notesFileSchema,
  registerDecisionsFile,
  registerDecisionsFileSchema,
  textMetaSchema,
  type Language,
  type Messages,
} from './schema';
import { glossaryLockFile } from './check-glossary-lock';

/** What the last build published of a text (`out/api/texts/<slug>.json`): only the released ids matter here. */
const publishedTextSchema = z.object({ anchors: z.object({ released: z.array(z.string()) }) });

class Reader {
  readonly problems: Problem[] = [];
  /** Raw text of every file read, by path, so that later checks can point at a line. */
  readonly sources = new Map<string, string>();
  constructor(readonly root: string) {}

  exists(file: string): boolean {
    return existsSync(path.join(this.root, file));
  }

  read(file: string): string | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(this.root, file));
    } catch {
      this.problems.push(error(file, undefined, 'the file is missing or unreadable', 'create it; README.md, “Source format”, shows what it holds'));
      return undefined;
    }
    const { text, problem } = decodeUtf8Source(file, bytes);
    if (problem || text === undefined) {
      if (problem) this.problems.push(problem);
      return undefined;
    }
    this.problems.push(...checkCharacters(file, text));
    this.sources.set(file, text);
    return text;
  }

  yaml<S extends Parameters<typeof parseYaml>[2]>(file: string, schema: S) {
    return this.yamlWithLines(file, schema)?.value;
  }

  yamlWithLines<S extends Parameters<typeof parseYaml>[2]>(file: string, schema: S) {
    const source = this.read(file);
    if (source === undefined) return undefined;
    const parsed = parseYaml(source, file, schema);
    this.problems.push(...parsed.problems);
    return parsed;
  }

  json(file: string): unknown {
    const source = this.read(file);
    if (source === undefined) return undefined;
    try {
      return JSON.parse(source) as unknown;
    } catch (cause) {
      const { line, column, message } = jsonErrorPosition(source, cause instanceof Error ? cause.message : String(cause));
      this.problems.push(
        error(
          file,
          line,
          `invalid JSON${column === undefined ? '' : ` at column ${column}`}: ${message}`,
          'fix the JSON syntax: keys and strings in double quotes, a comma between entries, none after the last',
        ),
      );
      return undefined;
    }
  }

  /** The released ids the last build published for a text, when there is a build. Output, not a source: not checked. */
  published(slug: string): string[] | undefined {
    const file = path.join(this.root, 'out/api/texts', `${slug}.json`);
    if (!existsSync(file)) return undefined;
    try {
      const parsed = publishedTextSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data.anchors.released : undefined;
    } catch {
      return undefined;
    }
  }

  list(directory: string): string[] {
    const full = path.join(this.root, directory);
    return existsSync(full) ? readdirSync(full).sort() : [];
  }

  isDirectory(entry: string): boolean {
    return statSync(path.join(this.root, entry)).isDirectory();
  }
}

/** The Markdown fields of notes and glossary entries, whose errors point at their own line. */
const markdownFields = ['body', 'gloss'].flatMap((field) => languages.map((lang) => [field, lang] as const));

/** The records of a list-valued field of a parsed YAML file, each with its line and the lines of its Markdown fields. */
function located<K extends string, T>(
  parsed: { value?: Record<K, T[]>; lineAt: (path: readonly PropertyKey[]) => number | undefined } | undefined,
  key: K,
): Located<T>[] | undefined {
  const records = parsed?.value?.[key];
  if (!parsed || !records) return undefined;
  return records.map((record, index) => {
    const line = parsed.lineAt([key, index]);
    const fieldLines = Object.fromEntries(
      markdownFields.flatMap(([field, lang]) => {
        if (typeof record !== 'object' || record === null || !Object.hasOwn(record, field)) return [];
        const at = parsed.lineAt([key, index, field, lang]);
        return at === undefined ? [] : [[`${field}.${lang}`, at]];
      }),
    );
    return { ...record, line, ...(Object.keys(fieldLines).length > 0 ? { fieldLines } : {}) };
  });
}

const textFolderFiles = new Set(['meta.yaml', 'anchors.lock.yaml', ...languages.map((lang) => `${lang}.md`)]);

function loadVersion(reader: Reader, slug: string, lang: Language): Version | undefined {
  const file = `texts/${slug}/${lang}.md`;
  const source = reader.read(file);
  if (source === undefined) return undefined;
  const parsed = parseVersion(source, file);
  reader.problems.push(...parsed.problems);
  return { lang, file, blocks: parsed.blocks.map((block): Block => ({ ...block, text: blockText(blockToHast(block)) })) };
}

function loadText(reader: Reader, slug: string): Text | undefined {
  const folder = `texts/${slug}`;
  for (const entry of reader.list(folder)) {
    if (!textFolderFiles.has(entry)) {
      reader.problems.push(
        error(
          `${folder}/${entry}`,
          undefined,
          'a file the source format does not know',
          `a text folder holds meta.yaml, anchors.lock.yaml and one <lang>.md per language (${languages.join(', ')}); move or delete it`,
        ),
      );
    }
  }
  const metaFile = `${folder}/meta.yaml`;
  const meta = reader.yaml(metaFile, textMetaSchema);
  const anchorsFile = `${folder}/anchors.lock.yaml`;
  const anchors = reader.exists(anchorsFile) ? reader.yaml(anchorsFile, anchorsLockSchema) : { released: [], redirects: {} };
  const notesFile = `annotations/notes/${slug}.yaml`;
  const notes = reader.exists(notesFile) ? located(reader.yamlWithLines(notesFile, notesFileSchema), 'notes') : [];
  if (!meta || !anchors || !notes) return undefined;
  if (meta.slug !== slug) {
    reader.problems.push(
      error(metaFile, 2, `slug “${meta.slug}” differs from the folder name “${slug}”`, 'a text’s slug is its folder name; rename one of them (a published slug must never change)'),
    );
  }
  for (const lang of languages) {
    if (reader.exists(`${folder}/${lang}.md`) && !meta.languages.includes(lang)) {
      reader.problems.push(
        error(`${folder}/${lang}.md`, undefined, `the ${lang} version exists but meta.yaml does not declare it`, `add ${lang} to “languages” in ${metaFile}, or remove the file`),
      );
    }
  }
  let unreadable = false;
  const versions = meta.languages.flatMap((lang) => {
    if (!reader.exists(`${folder}/${lang}.md`)) {
      reader.problems.push(
        error(
          metaFile,
          undefined,
          `meta.yaml declares the ${lang} version but ${folder}/${lang}.md is missing`,
          `write ${folder}/${lang}.md with the same block ids as de.md, or remove ${lang} from “languages”`,
        ),
      );
      return [];
    }
    const version = loadVersion(reader, slug, lang);
    if (!version) unreadable = true;
    return version ? [version] : [];
  });
  // A version that could not be read (not UTF-8) would make every check across versions report noise.
  if (unreadable) return undefined;
  return {
    slug,
    meta,
    versions,
    anchors,
    notes,
    files: { meta: metaFile, anchors: anchorsFile, ...(reader.exists(notesFile) ? { notes: notesFile } : {}) },
  };
}

function loadMessages(reader: Reader): Record<Language, Messages> | undefined {
  const entries = languages.map((lang) => {
    const file = `messages/${lang}.json`;
    const raw = reader.json(file);
    if (raw === undefined) return undefined;
    const parsed = messagesSchema.safeParse(raw);
    if (!parsed.success) {
      reader.problems.push(
        ...parsed.error.issues.map((issue) =>
          error(file, undefined, `“${issue.path.join('.')}”: ${issue.message}`, 'every message is a non-empty string or an object of messages'),
        ),
      );
      return undefined;
    }
    return [lang, parsed.data] as const;
  });
  if (entries.some((entry) => entry === undefined)) return undefined;
  return Object.fromEntries(entries as [Language, Messages][]) as Record<Language, Messages>;
}

/** What stage 1 read: the edition when every file parsed, every problem met, and every file's raw text. */
export interface ReadResult {
  edition?: Edition;
  problems: Problem[];
  /** Raw text of every file read, by path, so that the checks of later stages can point at a line. */
  sources: ReadonlyMap<string, string>;
}

/**
 * Stage 1 of the edition's pipeline (read → validate → annotate, lib/pipeline/load-edition.ts): reads
 * and parses every source file below `root` (the repository). Never throws for bad sources.
 */
export function readEdition(root: string = process.cwd()): ReadResult {
  const reader = new Reader(root);
  const meta = reader.yaml('texts/edition.yaml', editionMetaSchema);
  const slugs = reader.list('texts').filter((entry) => reader.isDirectory(`texts/${entry}`));
  for (const entry of reader.list('texts')) {
    if (!reader.isDirectory(`texts/${entry}`) && entry !== 'edition.yaml') {
      reader.problems.push(error(`texts/${entry}`, undefined, 'a file the source format does not know', 'texts/ holds edition.yaml and one folder per text'));
    }
  }
  const texts = slugs.map((slug) => loadText(reader, slug));
  const glossary = reader.exists('annotations/glossary.yaml') ? located(reader.yamlWithLines('annotations/glossary.yaml', glossaryFileSchema), 'entries') : [];
  const registerDecisions = reader.exists(registerDecisionsFile) ? located(reader.yamlWithLines(registerDecisionsFile, registerDecisionsFileSchema), 'decisions') : [];
  const glossaryLock = reader.exists(glossaryLockFile) ? reader.yaml(glossaryLockFile, glossaryLockSchema) : { released: [], redirects: {} };
  for (const file of reader.list('annotations/notes')) {
    const slug = file.replace(/\.yaml$/, '');
    if (!file.endsWith('.yaml') || !slugs.includes(slug)) {
      reader.problems.push(error(`annotations/notes/${file}`, undefined, `notes for an unknown text “${slug}”`, `name the file after a text’s slug (${slugs.join(', ')}).yaml`));
    }
  }
  const messages = loadMessages(reader);

  if (!meta || !glossary || !registerDecisions || !glossaryLock || !messages || texts.some((text) => text === undefined)) {
    return { problems: reader.problems, sources: reader.sources };
  }
  const edition: Edition = { meta, texts: texts as Text[], glossary, glossaryLock, registerDecisions, messages };
  return { edition, problems: reader.problems, sources: reader.sources };
}

/**
 * Released ids that were in the last commit's lock or in the last build's JSON must still be in the
 * lock (check-released-ids.ts). Outside a git checkout only the build is compared, and a note says so.
 */
export function checkReleaseHistory(root: string, texts: readonly Text[], sources: ReadonlyMap<string, string>): { problems: Problem[]; notes: string[] } {
  const reader = new Reader(root);
  const git = gitCheckout(root);
  const notes = git.ok ? [] : [`released ids were not compared with the last commit (${git.why}); only with the last build in out/, if there is one`];
  const problems = texts.flatMap((text) => {
    const history: { where: string; released: string[] }[] = [];
    if (git.ok) {
      const committed = committedLock(root, text.files.anchors);
      if (committed.kind === 'found') {
        history.push({ where: `in the last commit: git show HEAD:${text.files.anchors}`, released: releasedIn(committed.source, text.files.anchors) });
      }
    }
    const published = reader.published(text.slug);
    if (published) history.push({ where: `published by the last build: out/api/texts/${text.slug}.json`, released: published });
    return checkReleasedIds(text, { sources: history }, sources.get(text.files.anchors));
  });
  return { problems, notes };
}
