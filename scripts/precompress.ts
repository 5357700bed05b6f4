/**
 * Precompression of the export (postbuild's step 3): every text file gets a `.br` and a `.gz` beside it,
 * so that no server compresses per request. Two choices keep the step growing with the edition rather
 * than dominating it (README "Scale"):
 * - brotli's quality by what the file is and how large: quality 11 costs about ten times quality 7 per
 *   byte for some 12 % smaller output. Pages up to `pageLimit` (what every reader loads, and what issue
 *   #11's weight test measures) and any other file up to `smallLimit` get 11; larger files — the
 *   annotation JSON-LD, TEI, texts' JSON, the entry pages of the most frequent names — get `largeQuality`;
 * - a file whose bytes are those of the same file in the previous edition (scripts/editions.js) takes
 *   that edition's `.br` and `.gz` as they are: a rebuild after a small change compresses what changed.
 */
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Files above this size (bytes) get `largeQuality`, pages excepted. */
export const smallLimit = 64 * 1024;
/** Pages (HTML) up to this size keep quality 11: the reader pages of today's texts are 100–130 KB. */
export const pageLimit = 512 * 1024;
/** Measured on the 1× export: 11 % larger than quality 11 at a 36th of its time; 9 is barely smaller and 4× slower. */
export const largeQuality = 7;

/** Brotli's quality for a file of `bytes` at `file`. */
export function brotliQuality(file: string, bytes: number): number {
  const limit = file.endsWith('.html') ? pageLimit : smallLimit;
  return bytes <= limit ? constants.BROTLI_MAX_QUALITY : largeQuality;
}

export interface PrecompressOptions {
  /** The export being built. */
  out: string;
  /** A finished earlier edition whose compressed copies may be reused; none on a first build. */
  previous?: string;
  /** How many files are compressed at once (zlib's thread pool does the work). */
  concurrency: number;
}

export interface PrecompressResult {
  files: number;
  /** Of them, taken unchanged from the previous edition. */
  reused: number;
  rawBytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The previous edition's compressed copies of `file`, when its bytes are exactly those of `content`. */
function previousCopies(previous: string | undefined, relative: string, content: Buffer): { br: string; gz: string } | undefined {
  if (!previous) return undefined;
  const earlier = path.join(previous, relative);
  const copies = { br: `${earlier}.br`, gz: `${earlier}.gz` };
  if (!existsSync(earlier) || !existsSync(copies.br) || !existsSync(copies.gz)) return undefined;
  return readFileSync(earlier).equals(content) ? copies : undefined;
}

/** Writes `<file>.br` and `<file>.gz` for every file of `files` (absolute paths inside `out`). */
export async function precompress(files: readonly string[], { out, previous, concurrency }: PrecompressOptions): Promise<PrecompressResult> {
  const result: PrecompressResult = { files: 0, reused: 0, rawBytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const compressOne = async (file: string): Promise<void> => {
    const content = readFileSync(file);
    const reusable = previousCopies(previous, path.relative(out, file), content);
    if (reusable) {
      copyFileSync(reusable.br, `${file}.br`);
      copyFileSync(reusable.gz, `${file}.gz`);
      result.reused += 1;
    } else {
      const [br, gz] = await Promise.all([
        brotliAsync(content, {
          params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file, content.length), [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
        }),
        gzipAsync(content, { level: 9 }),
      ]);
      writeFileSync(`${file}.br`, br);
      writeFileSync(`${file}.gz`, gz);
    }
    result.files += 1;
    result.rawBytes += content.length;
    result.brotliBytes += statSync(`${file}.br`).size;
    result.gzipBytes += statSync(`${file}.gz`).size;
  };
  const queue = [...files];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) await compressOne(file);
    }),
  );
  return result;
}
