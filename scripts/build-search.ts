/**
 * After `next build`, before postbuild: the search index of the export.
 *
 * - One Pagefind bundle per language (out/pagefind/de/, out/pagefind/en/), each indexed with its own
 *   stemming. Not one bundle with both languages: Pagefind loads only the index of the page's
 *   `<html lang>`, and `mergeIndex` would search the second index with the first one's WebAssembly
 *   (its stemmer). Two bundles are two independent modules, each with its own WebAssembly and worker.
 * - One custom record per block per language: url = the block's address, content = its plain text;
 *   filters = text (slug), language, block (`slug#p12`) and term (every glossary entry the register
 *   finds in the block). No metadata: Pagefind (since 1.5) searches metadata like body text, so a title
 *   or the aligned block there would make every block match its text's title, and the German index
 *   match English words. The client gets the aligned block from the other bundle (by the `block`
 *   filter) and the titles from the page.
 * - out/search/terms.json: the glossary names the client matches a query against (variant spellings,
 *   names the texts do not use).
 * - out/search/search.js: the search page's script (client/search.ts), bundled on its own so that the
 *   reading pages' script (client/index.ts, bundled by postbuild) imports it only on the search page.
 *   postbuild, which runs next, precompresses it with the rest.
 * Prints the size of each bundle.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleClient } from './bundle-client';
import { stagingDir } from './editions.js';
import * as pagefind from 'pagefind';
import { registerOf } from '../lib/annotations/register';
import { Reference } from '@/contract/reference';
import type { Edition } from '../lib/content/model';
import { EditionError, formatProblem } from '../lib/content/problems';
import { getEdition } from '../lib/edition';
import { blockKey, searchBundle, searchFilters, searchLanguages, searchScriptUrl, searchTermsUrl, type SearchTermsFile } from '@/contract/search';

// The export being built (scripts/editions.js): published only once every step has finished it.
const out = stagingDir;
/**
 * Pagefind's UI bundles (the edition has its own search page and script) and the WebAssembly for an
 * unknown language (never loaded: each bundle holds one known language, which Pagefind falls back to).
 */
const unusedFiles = /^(pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)|wasm\.unknown\.pagefind)$/;
/** Fragments (the records' text and metadata) bundled into a few files per language, fetched once. */
const maxFragments = 8;

function fail(message: string): never {
  console.error(`✗ search index: ${message}`);
  process.exit(1);
}

function folderSize(directory: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      const inner = folderSize(full);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += statSync(full).size;
      files += 1;
    }
  }
  return { bytes, files };
}

let edition: Edition;
try {
  edition = getEdition();
} catch (cause) {
  if (!(cause instanceof EditionError)) throw cause;
  for (const problem of cause.problems) console.error(formatProblem(problem));
  fail('the edition has errors (npm run check lists them)');
}

// Every glossary entry in each block of each language, from the register (the same term marking as the pages).
const termsInBlock = new Map<string, Set<string>>();
const key = (slug: string, lang: string, block: string) => `${slug}\u0000${lang}\u0000${block}`;
for (const [entry, occurrences] of registerOf(edition)) {
  for (const occurrence of occurrences) {
    const where = key(occurrence.text, occurrence.lang, occurrence.block);
    const entries = termsInBlock.get(where) ?? new Set<string>();
    entries.add(entry);
    termsInBlock.set(where, entries);
  }
}

rmSync(path.join(out, 'pagefind'), { recursive: true, force: true });
const summary: string[] = [];
for (const lang of searchLanguages) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang, maxFragments });
  if (!index) fail(errors.join('; '));
  let records = 0;
  for (const text of edition.texts) {
    const version = text.versions.find((candidate) => candidate.lang === lang);
    if (!version) continue;
    for (const block of version.blocks) {
      const response = await index.addCustomRecord({
        url: Reference.block(text.slug, block.id).href(lang),
        content: block.text,
        language: lang,
        // No metadata: Pagefind searches every metadata field (since 1.5), so a title or the aligned block
        // there would make every block match its text's title and the other language's words.
        meta: {},
        filters: {
          [searchFilters.text]: [text.slug],
          [searchFilters.language]: [lang],
          [searchFilters.block]: [blockKey(text.slug, block.id)],
          [searchFilters.term]: [...(termsInBlock.get(key(text.slug, lang, block.id)) ?? [])].sort(),
        },
      });
      if (response.errors.length > 0) fail(`${text.slug}#${block.id} (${lang}): ${response.errors.join('; ')}`);
      records += 1;
    }
  }
  const folder = path.join(out, searchBundle(lang));
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length > 0) fail(written.errors.join('; '));
  for (const file of readdirSync(folder)) {
    if (unusedFiles.test(file)) rmSync(path.join(folder, file));
  }
  withoutPlaceholderHost(folder);
  const size = folderSize(folder);
  summary.push(`${lang} ${records} blocks, ${(size.bytes / 1024).toFixed(0)} KB in ${size.files} files`);
}
await pagefind.close();

/**
 * Pagefind's scripts resolve relative result URLs against `https://example.com` and strip it again; no
 * file of the edition may name a host that does not exist (README, “Deploying”), so the same (never shown,
 * never fetched) base becomes a reserved `.invalid` name, everywhere at once, which keeps the code's logic.
 * If Pagefind stops using it, the build says so, and this step can go.
 */
function withoutPlaceholderHost(folder: string): void {
  let replaced = 0;
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(path.join(folder, file), 'utf8');
    const count = code.split('example.com').length - 1;
    if (count === 0) continue;
    writeFileSync(path.join(folder, file), code.replaceAll('example.com', 'pagefind.invalid'));
    replaced += count;
  }
  if (replaced === 0) console.warn(`note: Pagefind's scripts in ${folder} no longer name example.com: scripts/build-search.ts's withoutPlaceholderHost can go`);
}

const termsFile: SearchTermsFile = {
  terms: edition.glossary.map((entry) => ({
    id: entry.id,
    headword: { de: entry.headword.de, en: entry.headword.en },
    forms: { de: entry.forms.de, en: entry.forms.en },
    aka: entry.aka,
  })),
};
const termsPath = path.join(out, searchTermsUrl);
mkdirSync(path.dirname(termsPath), { recursive: true });
writeFileSync(termsPath, JSON.stringify(termsFile));

const scriptCode = await bundleClient('client/search.ts');
writeFileSync(path.join(out, searchScriptUrl), scriptCode);

console.log(
  `✓ search index: ${summary.join('; ')}; ${termsFile.terms.length} glossary entries in ${searchTermsUrl}; ` +
    `script ${searchScriptUrl} (${(scriptCode.length / 1024).toFixed(1)} KB)`,
);
