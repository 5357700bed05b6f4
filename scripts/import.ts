/**
 * `npm run import -- <file.txt> --slug <slug> [--lang de] [--encoding <name>] [--out texts] [--force] [--dry-run]`
 *
 * Turns a raw PDF or web extraction into a new text folder `<out>/<slug>/`: `<lang>.md` and, if there
 * is none yet, a meta.yaml skeleton. Prints a report of every decision as `file:line: …`, the
 * uncertain ones marked `[check]`, for an editor to review against the source.
 *
 * All the work is done by lib/importer (pure); this file only reads arguments and files and writes
 * the result. Every error is one line that says what to do, and exit code 1.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EDITOR_FIELDS, LANG_PATTERN, MAX_SOURCE_BYTES, SourceError, formatReport, importSource, renderMetaYaml } from '../lib/importer/index';
import { slugPattern } from '../contract/ids';

const USAGE = 'npm run import -- <file.txt> --slug <slug> [--lang de] [--encoding <name>] [--out texts] [--force] [--dry-run]';
/** Inputs above this size print their progress on stderr. */
const PROGRESS_FROM_BYTES = 1024 * 1024;

/** An error the user can fix: printed as one line, never as a stack trace. */
class UsageError extends Error {}

interface Arguments {
  readonly file: string;
  readonly slug: string;
  readonly lang: string;
  readonly encoding?: string;
  readonly out: string;
  readonly force: boolean;
  readonly dryRun: boolean;
}

function readArguments(argv: readonly string[]): Arguments | 'help' {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // parseArgs explains unknown options and missing values well; add the usage.
    const message = error instanceof Error ? error.message.replace(/\.?\s*To specify.*$/su, '') : String(error);
    throw new UsageError(`${message}. Usage: ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError(`no source file given. Usage: ${USAGE}`);
  if (extra.length > 0) throw new UsageError(`one source file at a time (also got ${extra.join(', ')}). Usage: ${USAGE}`);
  const slug = values.slug;
  if (slug === undefined) throw new UsageError(`--slug is missing: name the text's folder, e.g. --slug januar-aufstand`);
  if (!slugPattern.test(slug)) {
    throw new UsageError(`"${slug}" is not a valid slug: use lowercase letters, digits and single hyphens, e.g. --slug januar-aufstand`);
  }
  const lang = values.lang ?? 'de';
  if (!LANG_PATTERN.test(lang)) throw new UsageError(`"${lang}" is not a language code: use two lowercase letters, e.g. --lang de`);
  return {
    file,
    slug,
    lang,
    ...(values.encoding === undefined ? {} : { encoding: values.encoding }),
    out: values.out ?? 'texts',
    force: values.force ?? false,
    dryRun: values['dry-run'] ?? false,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      slug: { type: 'string' },
      lang: { type: 'string' },
      encoding: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function readSource(file: string): Buffer {
  if (!existsSync(file)) throw new UsageError(`cannot read "${file}": there is no such file (give the path of the plain-text source)`);
  const stat = statSync(file);
  if (!stat.isFile()) throw new UsageError(`"${file}" is not a file (give the path of the plain-text source)`);
  // Refused before reading: a huge file would only fill the memory.
  if (stat.size > MAX_SOURCE_BYTES) {
    throw new UsageError(
      `"${file}" has ${(stat.size / 1024 / 1024).toFixed(1)} MB, more than the importer's limit of ${MAX_SOURCE_BYTES / 1024 / 1024} MB: split it into its texts (one text folder per text) and import each`,
    );
  }
  return readFileSync(file);
}

function run(argv: readonly string[]): void {
  const args = readArguments(argv);
  if (args === 'help') {
    console.log(`Usage: ${USAGE}`);
    return;
  }
  const source = readSource(args.file);
  const folder = path.join(args.out, args.slug);
  const markdownFile = path.join(folder, `${args.lang}.md`);
  const metaFile = path.join(folder, 'meta.yaml');
  if (!args.dryRun && existsSync(markdownFile) && !args.force) {
    throw new UsageError(`${markdownFile} exists already: use --force to overwrite it, or choose another --slug`);
  }

  const started = Date.now();
  const onProgress = source.length >= PROGRESS_FROM_BYTES ? (stage: string) => console.error(`import: ${((Date.now() - started) / 1000).toFixed(1)} s: ${stage} …`) : undefined;
  let result: ReturnType<typeof importSource>;
  try {
    result = importSource(source, {
      slug: args.slug,
      lang: args.lang,
      sourceFile: path.basename(args.file),
      ...(args.encoding === undefined ? {} : { encoding: args.encoding }),
      ...(onProgress ? { onProgress } : {}),
    });
  } catch (error) {
    if (error instanceof SourceError) throw new UsageError(`${args.file}: ${error.message}`);
    throw error;
  }
  if (result.blockCount === 0) {
    throw new UsageError(`"${args.file}" ${source.length === 0 ? 'is empty' : 'has no text left after its header'}: there is nothing to import`);
  }
  const writeMeta = !existsSync(metaFile);
  const metaYaml = renderMetaYaml(result.meta);

  if (args.dryRun) {
    console.log(result.markdown);
    if (writeMeta) console.log(`--- ${metaFile} (would be written) ---\n${metaYaml}`);
  }
  console.log(formatReport(result.report, args.file));
  if (Object.values(result.meta.title).every((title) => title === '')) {
    console.log(`No title found at the top of ${args.file}: title.${args.lang} in meta.yaml is left empty; write it there.`);
  }
  if (args.dryRun) {
    console.log(`Dry run: nothing written (${result.blockCount} blocks).`);
    return;
  }

  mkdirSync(folder, { recursive: true });
  writeFileSync(markdownFile, result.markdown);
  console.log(`Wrote ${markdownFile}: ${result.blockCount} blocks, ids p1–p${result.blockCount}.`);
  if (writeMeta) {
    writeFileSync(metaFile, metaYaml);
    console.log(`Wrote ${metaFile} (skeleton): the editor must still fill in ${EDITOR_FIELDS.join(', ')}.`);
  } else {
    console.log(`${metaFile} exists: left unchanged; check its source.header and source.omitted against the report above.`);
  }
}

try {
  run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`import: ${error.message}`);
  } else {
    // An unexpected failure (a bug, a disk error): still one line, with what happened.
    console.error(`import: failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}
