/**
 * The content gateway: the only module that reads `texts/`, `annotations/` and `messages/`. It parses
 * every file at the boundary (zod, Markdown), runs the cross-file checks and returns the edition's
 * own types, or every problem it found.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { parseVersion } from '../markdown/parse-version';
import type { Block, Edition, Located, Text, Version } from './model';
import { parseYaml } from './parse-yaml';
import { EditionError, error, hasErrors, type Problem } from './problems';
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
import { validateEdition } from './validate';

export interface LoadResult {
  edition?: Edition;
  problems: Problem[];
}

/** Plain text of a block, whitespace normalised, exactly as a reader reads it. */
function plainText(children: Block['children']): string {
  return toString({ type: 'paragraph', children }).replace(/\s+/g, ' ').trim();
}

class Reader {
  readonly problems: Problem[] = [];
  /** Raw text of every file read, by path, so that later checks can point at a line. */
  readonly sources = new Map<string, string>();
  constructor(readonly root: string) {}

  exists(file: string): boolean {
    return existsSync(path.join(this.root, file));
  }

  read(file: string): string | undefined {
    try {
      const source = readFileSync(path.join(this.root, file), 'utf8');
      this.sources.set(file, source);
      return source;
    } catch {
      this.problems.push(error(file, undefined, 'the file is missing or unreadable', 'create it; README.md, “Source format”, shows what it holds'));
      return undefined;
    }
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
      this.problems.push(error(file, undefined, `invalid JSON: ${(cause as Error).message}`, 'fix the JSON syntax'));
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

/** The records of a list-valued field of a parsed YAML file, each with its line. */
function located<K extends string, T>(
  parsed: { value?: Record<K, T[]>; lineAt: (path: readonly PropertyKey[]) => number | undefined } | undefined,
  key: K,
): Located<T>[] | undefined {
  const records = parsed?.value?.[key];
  if (!parsed || !records) return undefined;
  return records.map((record, index) => ({ ...record, line: parsed.lineAt([key, index]) }));
}

const textFolderFiles = new Set(['meta.yaml', 'anchors.lock.yaml', ...languages.map((lang) => `${lang}.md`)]);

function loadVersion(reader: Reader, slug: string, lang: Language): Version | undefined {
  const file = `texts/${slug}/${lang}.md`;
  const source = reader.read(file);
  if (source === undefined) return undefined;
  const parsed = parseVersion(source, file);
  reader.problems.push(...parsed.problems);
  return { lang, file, blocks: parsed.blocks.map((block) => ({ ...block, text: plainText(block.children) })) };
}

function loadText(reader: Reader, slug: string): Text | undefined {
  const folder = `texts/${slug}`;
  for (const entry of reader.list(folder)) {
    if (!textFolderFiles.has(entry)) {
      reader.problems.push(error(`${folder}/${entry}`, undefined, 'a file the source format does not know', `a text folder holds meta.yaml, anchors.lock.yaml and one <lang>.md per language (${languages.join(', ')}); move or delete it`));
    }
  }
  const metaFile = `${folder}/meta.yaml`;
  const meta = reader.yaml(metaFile, textMetaSchema);
  const anchorsFile = `${folder}/anchors.lock.yaml`;
  const anchors = reader.exists(anchorsFile)
    ? reader.yaml(anchorsFile, anchorsLockSchema)
    : { released: [], redirects: {} };
  const notesFile = `annotations/notes/${slug}.yaml`;
  const notes = reader.exists(notesFile) ? located(reader.yamlWithLines(notesFile, notesFileSchema), 'notes') : [];
  if (!meta || !anchors || !notes) return undefined;
  if (meta.slug !== slug) {
    reader.problems.push(error(metaFile, 2, `slug “${meta.slug}” differs from the folder name “${slug}”`, 'a text’s slug is its folder name; rename one of them (a published slug must never change)'));
  }
  for (const lang of languages) {
    if (reader.exists(`${folder}/${lang}.md`) && !meta.languages.includes(lang)) {
      reader.problems.push(error(`${folder}/${lang}.md`, undefined, `the ${lang} version exists but meta.yaml does not declare it`, `add ${lang} to “languages” in ${metaFile}, or remove the file`));
    }
  }
  const versions = meta.languages.flatMap((lang) => {
    if (!reader.exists(`${folder}/${lang}.md`)) {
      reader.problems.push(error(metaFile, undefined, `meta.yaml declares the ${lang} version but ${folder}/${lang}.md is missing`, `write ${folder}/${lang}.md with the same block ids as de.md, or remove ${lang} from “languages”`));
      return [];
    }
    const version = loadVersion(reader, slug, lang);
    return version ? [version] : [];
  });
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
        ...parsed.error.issues.map((issue) => error(file, undefined, `“${issue.path.join('.')}”: ${issue.message}`, 'every message is a non-empty string or an object of messages')),
      );
      return undefined;
    }
    return [lang, parsed.data] as const;
  });
  if (entries.some((entry) => entry === undefined)) return undefined;
  return Object.fromEntries(entries as [Language, Messages][]) as Record<Language, Messages>;
}

/** Reads and checks the whole edition below `root` (the repository). Never throws for bad sources. */
export function loadEdition(root: string = process.cwd()): LoadResult {
  const reader = new Reader(root);
  const meta = reader.yaml('texts/edition.yaml', editionMetaSchema);
  const slugs = reader.list('texts').filter((entry) => reader.isDirectory(`texts/${entry}`));
  for (const entry of reader.list('texts')) {
    if (!reader.isDirectory(`texts/${entry}`) && entry !== 'edition.yaml') {
      reader.problems.push(error(`texts/${entry}`, undefined, 'a file the source format does not know', 'texts/ holds edition.yaml and one folder per text'));
    }
  }
  const texts = slugs.map((slug) => loadText(reader, slug));
  const glossary = reader.exists('annotations/glossary.yaml')
    ? located(reader.yamlWithLines('annotations/glossary.yaml', glossaryFileSchema), 'entries')
    : [];
  const registerDecisions = reader.exists(registerDecisionsFile)
    ? located(reader.yamlWithLines(registerDecisionsFile, registerDecisionsFileSchema), 'decisions')
    : [];
  const glossaryLock = reader.exists(glossaryLockFile) ? reader.yaml(glossaryLockFile, glossaryLockSchema) : { released: [], redirects: {} };
  for (const file of reader.list('annotations/notes')) {
    const slug = file.replace(/\.yaml$/, '');
    if (!file.endsWith('.yaml') || !slugs.includes(slug)) {
      reader.problems.push(error(`annotations/notes/${file}`, undefined, `notes for an unknown text “${slug}”`, `name the file after a text’s slug (${slugs.join(', ')}).yaml`));
    }
  }
  const messages = loadMessages(reader);

  if (!meta || !glossary || !registerDecisions || !glossaryLock || !messages || texts.some((text) => text === undefined)) {
    return { problems: reader.problems };
  }
  const edition: Edition = { meta, texts: texts as Text[], glossary, glossaryLock, registerDecisions, messages };
  const problems = [...reader.problems, ...validateEdition(edition, { sources: reader.sources })];
  return hasErrors(problems) ? { problems } : { edition, problems };
}

let cached: Edition | undefined;

/**
 * The edition for rendering. Throws an `EditionError` listing every problem when the sources are
 * broken, so that a build fails and publishes nothing.
 */
export function getEdition(): Edition {
  if (cached) return cached;
  const { edition, problems } = loadEdition();
  if (!edition) throw new EditionError(problems);
  cached = edition;
  return edition;
}
