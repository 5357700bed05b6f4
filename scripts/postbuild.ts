/**
 * After `next build`: turns Next's export into the edition's static site.
 * 1. bundles the reader's script (client/) with esbuild into out/assets/edition.<hash>.js, and the
 *    register index's filter (client/register-filter.ts) into out/register/filter.js;
 * 2. takes Next's client runtime out of every page and puts the edition's script in (the pages are
 *    server-rendered only; see lib/export/process-page.ts and README "Performance");
 * 3. deletes what only Next's client router used (RSC payload .txt files, JS chunks, _not-found);
 * 4. precompresses every text asset with brotli and gzip, so no server compresses per request;
 * 5. writes out/_headers (Netlify, Cloudflare Pages): the security headers of scripts/security-headers.js,
 *    with the CSP hashes of the final pages' inline scripts, and the cache rules;
 * 6. writes the build stamp `npm start` compares with the sources.
 * All in the staging folder (scripts/editions.js); `node scripts/publish.js` then publishes it as out/.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readingScriptUrl } from '@/contract/reading';
import { processPage } from '../lib/export/process-page';
import { paths } from '@/contract/routes';
import { bundleClient } from './bundle-client';
import { stagingDir } from './editions.js';
import { compressiblePattern } from './mime-types.js';

/** scripts/security-headers.js: plain JavaScript (start.js imports it uncompiled), typed by its JSDoc. */
interface SecurityHeadersModule {
  headersFile(out: string): string;
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

// 3 (first, so that step 2 sees only pages that stay).
rmSync(path.join(out, '_not-found'), { recursive: true, force: true });
rmSync(path.join(out, '_not-found.html'), { force: true });
for (const file of [...files(out)]) {
  const relative = path.relative(out, file);
  // out/api/ holds the edition's plain-text exports (scripts/build-exports.ts), never an RSC payload.
  const isPayload = file.endsWith('.txt') && !relative.startsWith('assets') && !relative.startsWith('api');
  const isNextChunk = relative.startsWith(path.join('_next', 'static')) && file.endsWith('.js');
  if (isPayload || isNextChunk) rmSync(file);
}

// 2. Pages.
let pages = 0;
for (const file of files(out)) {
  if (!file.endsWith('.html')) continue;
  writeFileSync(file, processPage(readFileSync(file, 'utf8'), scriptSrc));
  pages += 1;
}

// 4. Precompression.
let raw = 0;
let brotli = 0;
let compressed = 0;
for (const file of [...files(out)]) {
  if (!compressiblePattern.test(file) || statSync(file).size < 256) continue;
  const content = readFileSync(file);
  const br = brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  raw += content.length;
  brotli += br.length;
  compressed += 1;
}

// 5. After step 2: the CSP hashes the inline scripts of the pages as they ship.
const securityHeadersModule = new URL('./security-headers.js', import.meta.url).href;
const { headersFile } = (await import(securityHeadersModule)) as SecurityHeadersModule;
writeFileSync(path.join(out, '_headers'), headersFile(out));

// 6.
writeFileSync(path.join(out, '.build-stamp'), `${new Date().toISOString()}\n`);
console.log(
  `✓ export: ${pages} pages, script ${scriptSrc} (${(code.length / 1024).toFixed(1)} KB); ` +
    `${compressed} files precompressed, ${(raw / 1024).toFixed(0)} KB → ${(brotli / 1024).toFixed(0)} KB brotli`,
);
