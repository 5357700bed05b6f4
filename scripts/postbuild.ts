/**
 * After `next build`: turns Next's export into the edition's static site.
 * 1. bundles the reader's script (client/) with esbuild into out/assets/edition.<hash>.js, and the
 *    reading layer and the register index's filter at their fixed addresses;
 * 2. checks the boundary with Next (scripts/export-boundary.ts): every file of the export is the
 *    edition's, or Next's by its naming, or the build stops; no page may use a client module; each
 *    page in one hast pass: Next's runtime out (anything else unknown stops the build), the edition's
 *    script in, its inline scripts collected; then Next's artefacts (RSC payloads, JS chunks, build
 *    manifests, _not-found) are deleted and no folder is left empty;
 * 3. precompresses every text asset with brotli and gzip, so no server compresses per request
 *    (scripts/precompress.ts: quality by size, unchanged files' copies reused from the previous edition);
 * 4. writes out/_headers (Netlify, Cloudflare Pages; static-server.js reads it back): the security
 *    headers of scripts/security-headers.js with the CSP hashes of the inline scripts step 2 found,
 *    and the cache rules;
 * 5. writes the build stamp `npm start` compares with the sources.
 * All in the staging folder (scripts/editions.js); `node scripts/publish.js` then publishes it as out/.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { readingScriptUrl } from '@/contract/reading';
import { exportUrl } from '../lib/export/catalogue';
import type { BuildOutput } from '../lib/export/export-files';
import { paths } from '@/contract/routes';
import { searchBundle, searchLanguages, searchScriptUrl, searchTermsUrl } from '@/contract/search';
import { bundleClient } from './bundle-client';
import { publishedEdition, stagingDir } from './editions.js';
import { crossBoundary } from './export-boundary';
import { compressiblePattern } from './mime-types.js';
import { precompress } from './precompress';
import type { Allowed } from './security-headers.js';

/** scripts/security-headers.js: plain JavaScript (start.js imports it uncompiled), typed by its JSDoc. */
interface SecurityHeadersModule {
  securityHeaders(allowed: Allowed): Record<string, string>;
  usesWebAssembly(out: string): boolean;
  headersFile(out: string, security: Record<string, string>): string;
}

// The export being built (scripts/editions.js); scripts/publish.js publishes it after this step.
const out = stagingDir;

function* files(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

// 1. The edition's script.
const code = await bundleClient('client/index.ts');
const hash = createHash('sha256').update(code).digest('hex').slice(0, 12);
const scriptSrc = `/assets/edition.${hash}.js`;
mkdirSync(path.join(out, 'assets'), { recursive: true });
writeFileSync(path.join(out, scriptSrc), code);

// 1b. Scripts loaded only where needed, at fixed addresses (revalidated like pages, not immutable): the
// reader's own annotations (client/reading/, when a reader annotates) and the register's filter box.
for (const [entry, url] of [
  ['client/reading/index.ts', readingScriptUrl],
  ['client/register-filter.ts', paths.registerFilterScript()],
] as const) {
  mkdirSync(path.dirname(path.join(out, url)), { recursive: true });
  writeFileSync(path.join(out, url), await bundleClient(entry));
}

// 2. The boundary with Next. What the build's own steps wrote into the export, by the modules that name it:
const relative = (url: string) => url.replace(/^\//, '');
const buildOutputs: BuildOutput[] = [
  ...searchLanguages.map((lang) => ({ path: relative(searchBundle(lang)), by: 'scripts/build-search.ts (Pagefind)' })),
  ...[searchTermsUrl, searchScriptUrl].map((url) => ({ path: relative(url), by: 'scripts/build-search.ts' })),
  { path: relative(`${path.posix.dirname(exportUrl('text', 'tei'))}/`), by: 'scripts/build-exports.ts (the downloads)' },
  { path: 'assets/', by: "scripts/postbuild.ts (the edition's script)" },
  ...[readingScriptUrl, paths.registerFilterScript()].map((url) => ({ path: relative(url), by: 'scripts/postbuild.ts' })),
];
const boundaryStarted = Date.now();
const boundary = crossBoundary({ project: process.cwd(), exportDir: out, scriptSrc, buildOutputs });
if (boundary.problems.length > 0) {
  console.error(`✗ postbuild: ${boundary.problems.length} problem(s) at the boundary with Next; nothing is published:`);
  for (const problem of boundary.problems) console.error(`  ${problem}`);
  process.exit(1);
}
const boundarySeconds = (Date.now() - boundaryStarted) / 1000;

// 3. Precompression (scripts/precompress.ts): on zlib's thread pool, a few files at a time so that memory
// stays flat; brotli's quality by size, and the previous edition's copies of unchanged files reused.
const toCompress = [...files(out)].filter((file) => compressiblePattern.test(file) && statSync(file).size >= 256);
const precompressStarted = Date.now();
const compression = await precompress(toCompress, { out, previous: publishedEdition(), concurrency: Math.max(2, availableParallelism()) });
const precompressSeconds = (Date.now() - precompressStarted) / 1000;

// 4. From what step 2 found in the pages as they ship; the server reads these back, never the pages.
const securityHeadersModule = new URL('./security-headers.js', import.meta.url).href;
const { headersFile, securityHeaders, usesWebAssembly } = (await import(securityHeadersModule)) as SecurityHeadersModule;
const security = securityHeaders({ ...boundary.inline, webAssembly: usesWebAssembly(out) });
writeFileSync(path.join(out, '_headers'), headersFile(out, security));

// 5.
writeFileSync(path.join(out, '.build-stamp'), `${new Date().toISOString()}\n`);
console.log(
  `✓ export: ${boundary.pages} pages checked and processed in ${boundarySeconds.toFixed(1)} s, script ${scriptSrc} (${(code.length / 1024).toFixed(1)} KB); ` +
    `${boundary.removed.length} files of Next's runtime and ${boundary.emptyFolders} emptied folders removed; ` +
    `${compression.files} files precompressed in ${precompressSeconds.toFixed(1)} s (${compression.reused} reused from the previous edition), ` +
    `${(compression.rawBytes / 1024).toFixed(0)} KB → ${(compression.brotliBytes / 1024).toFixed(0)} KB brotli, ${(compression.gzipBytes / 1024).toFixed(0)} KB gzip`,
);
