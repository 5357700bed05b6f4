/**
 * The build's last step before publishing (`npm run build`): offline reading (README "Offline reading").
 * 1. renders the PNG icons of the web app manifests from public/icon.svg (sharp, no network);
 * 2. generates the service worker out/sw.js with Workbox (generateSW): every file of the finished
 *    export precached by content revision, under the clean URLs the server answers
 *    (lib/offline/precache-config.ts);
 * 3. writes out/offline-edition.json: the files and bytes the precache holds (the size the
 *    "Keep for offline reading" control shows);
 * 4. rewrites out/_headers, so the new top-level files get their headers too (the security headers
 *    stay those postbuild computed from the pages).
 * `tsx scripts/build-offline.ts [dir]` works on another export folder (the update test uses it).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { generateSW } from 'workbox-build';
import { iconBackground, iconPath, pngIcons, svgIconPath } from '../lib/offline/manifest';
import { precacheConfig } from '../lib/offline/precache-config';
import { precacheSummaryUrl, type PrecacheSummary } from '@/contract/offline';
import { stagingDir } from './editions.js';

interface SecurityHeadersModule {
  headersFile(out: string, security: Record<string, string>): string;
  readHeadersRule(text: string, pattern: string): Record<string, string> | undefined;
}

const out = path.resolve(process.argv[2] ?? stagingDir);

// 1. Icons. A maskable icon keeps its mark inside the central 80 % circle (the safe zone).
const svg = readFileSync(path.join(out, svgIconPath));
for (const icon of pngIcons) {
  const file = path.join(out, iconPath(icon));
  mkdirSync(path.dirname(file), { recursive: true });
  if (icon.purpose === 'maskable') {
    const inner = Math.round(icon.size * 0.7);
    const mark = await sharp(svg, { density: 300 }).resize(inner, inner).png().toBuffer();
    await sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: iconBackground } })
      .composite([{ input: mark, gravity: 'centre' }])
      .png()
      .toFile(file);
  } else {
    await sharp(svg, { density: 300 }).resize(icon.size, icon.size).png().toFile(file);
  }
}

// 2. The service worker.
const { count, size, warnings } = await generateSW(precacheConfig(out));
for (const warning of warnings) console.warn(`⚠ build-offline: ${warning}`);
const worker = readFileSync(path.join(out, 'sw.js'));

// 3. What it holds.
const summary: PrecacheSummary = { build: createHash('sha256').update(worker).digest('hex').slice(0, 12), files: count, bytes: size };
writeFileSync(path.join(out, precacheSummaryUrl), `${JSON.stringify(summary)}\n`);

// 4. Headers of the final set of files; the security headers are the ones postbuild computed from the pages.
const securityHeadersModule = new URL('./security-headers.js', import.meta.url).href;
const { headersFile, readHeadersRule } = (await import(securityHeadersModule)) as SecurityHeadersModule;
const security = readHeadersRule(readFileSync(path.join(out, '_headers'), 'utf8'), '/*');
if (!security) throw new Error(`${path.join(out, '_headers')}: no /* rule (scripts/postbuild.ts writes it; run it first)`);
writeFileSync(path.join(out, '_headers'), headersFile(out, security));

console.log(`✓ offline: ${count} files, ${(size / 1_000_000).toFixed(1)} MB precached by sw.js (build ${summary.build})`);
