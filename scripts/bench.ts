/**
 * `npm run bench`: what a reader page costs. Serves the export with `node scripts/start.js` (which
 * builds out/ first when it is missing or stale; `--build` forces a build), from a still copy of out/
 * so that a rebuild during the run cannot disturb it, and, for every reader page
 * (`/de/texts/*`, `/en/texts/*`), reports:
 *   - first-load JS: gzip bytes of every script the page runs (what Chromium loads, plus inline scripts);
 *   - our own client code: the part of it that is the edition's (the bundle under /assets/, the inline init);
 *   - HTML gzip and brotli (the precompressed files the server sends);
 *   - fonts loaded (Chromium, phone viewport) and total transfer with brotli;
 *   - the page's HTML brotli against a bare-HTML baseline generated here from out/api/texts/<slug>.json
 *     (a doctype, a title, every row's text in <p>s with ids; no script, no CSS), and total transfer
 *     against the same baseline (for information);
 *   - Lighthouse mobile (default config: simulated slow 4G, Moto G Power), median of 3 runs:
 *     performance, accessibility, best practices, SEO, LCP, TBT, CLS; the same for the page's
 *     bare-HTML baseline, in the same run, so that the two compare on the same machine at the same time;
 *   - what the page asks of a reader (tests/browser/reader-metrics.ts, Chromium at 1280 px, default
 *     view, both columns): glossary marks per 100 words, most marks in one row, tab stops, elements.
 * Targets: first-load JS ≤ 150 KB, own code ≤ 15 KB, perf ≥ 98, a11y/BP/SEO 100, LCP ≤ 1.5 s,
 * TBT ≤ 100 ms, CLS 0, HTML brotli ≤ 1.5 × baseline; and issue #11's, against the baseline measured
 * beside it: perf within 3 points, TBT at most 100 ms above, ≤ 2.5 marks per 100 words, ≤ 12 in a
 * row, ≤ 450 tab stops, ≤ 2,500 elements. Prints a Markdown table (✗ marks a miss; below
 * it, the Lighthouse audits that cost points) and exits 1 on a miss. `--json` writes
 * bench-results/bench.json. Not part of `npm test`.
 *
 * Options: --json, --build, --runs <n> (3), --no-lighthouse (scripts/bench/options.ts).
 * The parts: sizes.ts (files and baseline), browser.ts (what Chromium loads, reader metrics),
 * lighthouse.ts, page.ts (one page against the targets), report.ts (the tables).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import type { LaunchedChrome } from 'chrome-launcher';
import { benchOptions } from './bench/options';
import { launchForLighthouse, median } from './bench/lighthouse';
import { measurePage, targets, type PageResult } from './bench/page';
import { readerTable, table } from './bench/report';
import { baselineHtml, baselineName, kb, readerPages } from './bench/sizes';
import { snapshot, startServer } from './measure-server';

const options = benchOptions(process.argv.slice(2));

if (options.build) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', process.stderr, process.stderr] });
  if (build.status !== 0) {
    console.error('✗ the build failed');
    process.exit(1);
  }
}

const loadAtStart = loadavg();
let server: { origin: string; stop: () => void } | undefined;
let served: { remove: () => void } | undefined;
let chrome: LaunchedChrome | undefined;
try {
  const copy = await snapshot();
  served = copy;
  const { out } = copy;
  const pages = readerPages(out);
  if (pages.length === 0) throw new Error('no reader page in out/de/texts or out/en/texts');
  for (const page of pages) {
    const [locale = 'de', , slug = ''] = page.split('/').filter(Boolean);
    writeFileSync(path.join(out, `${baselineName(locale, slug)}.html`), baselineHtml(out, slug, locale));
  }
  server = await startServer(copy.directory);
  const { origin } = server;
  if (options.lighthouse) chrome = await launchForLighthouse();
  const lighthouse = chrome ? { port: chrome.port, runs: options.runs } : undefined;
  const results: PageResult[] = [];
  for (const page of pages) {
    process.stderr.write(`… ${page}\n`);
    results.push(await measurePage({ out, origin, lighthouse }, page));
  }
  // Calibration: the bare-HTML baseline of the first page, measured beside it on the same machine at the
  // same time. Simulated TBT and LCP scale with how busy the machine is; this row says how much.
  const [firstPage] = pages;
  const firstBaseline = results[0]?.baselineLighthouse;
  const calibration = firstPage && firstBaseline ? { page: firstPage, lighthouse: firstBaseline } : undefined;
  const first = results[0];
  console.log(`\n## Bench: ${results.length} reader pages; Lighthouse ${options.lighthouse ? `mobile, median of ${options.runs}` : 'skipped'} (node ${process.version})\n`);
  console.log(table(results));
  console.log('\n### The reader against its bare-HTML baseline (issue #11; reader figures: Chromium, 1280 px, default view, both columns)\n');
  console.log(readerTable(results));
  if (first) {
    console.log(
      `\nScripts a reader page runs: ${first.scripts.join(', ')}. Fonts (${first.page}, phone viewport): ${first.fonts.map((font) => `${font.url.replace('/fonts/', '')} ${kb(font.bytes)}`).join(', ') || 'none'}.`,
    );
  }
  if (calibration) {
    const lh = calibration.lighthouse;
    console.log(
      `\nCalibration, the bare-HTML baseline of ${calibration.page} (no CSS, no script, no font) under the same runs: ` +
        `perf ${lh.performance}, LCP ${(lh.lcp / 1000).toFixed(2)} s, TBT ${Math.round(lh.tbt)} ms, CLS ${lh.cls.toFixed(3)}, ${lh.domSize.toLocaleString('en')} elements. ` +
        '(../shared/docs/toolchain.md measured such a page at 100, LCP 0.9 s, TBT 15 ms on a quiet machine: what it loses here, the machine costs every row).',
    );
  }
  if (options.lighthouse) {
    console.log(`\nElements per page (Lighthouse dom-size): ${results.map((result) => `${result.page} ${result.lighthouse?.domSize.toLocaleString('en')}`).join(', ')}.`);
    const index = median(results.map((result) => result.lighthouse?.benchmarkIndex ?? Number.NaN));
    console.log(
      `Machine: Lighthouse benchmarkIndex ${Math.round(index)}, load average ${loadAtStart.map((load) => load.toFixed(1)).join(' / ')} at the start on ${cpus().length} cores (a busy machine inflates TBT and LCP).`,
    );
  }
  const lost = new Map<string, string[]>();
  for (const result of results) {
    for (const run of result.lighthouse?.runs ?? []) {
      for (const entry of run.lost) {
        const [audit = entry, value = ''] = entry.split('\t');
        lost.set(audit, [...(lost.get(audit) ?? []), `${result.page.replace('/texts/', ' ')} ${value}`]);
      }
    }
  }
  if (lost.size > 0) {
    console.log('\nLighthouse audits below full score (page and value, every run):');
    for (const [audit, values] of lost) console.log(`- ${audit}: ${values.join('; ')}`);
  }
  const misses = results.flatMap((result) => result.misses.map((miss) => `${result.page}: ${miss}`));
  console.log(misses.length === 0 ? '\n✓ every target met' : `\n✗ ${misses.length} miss(es):\n${misses.map((miss) => `- ${miss}`).join('\n')}`);
  if (options.json) {
    const file = path.resolve('bench-results/bench.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(
      file,
      `${JSON.stringify({ date: new Date().toISOString(), node: process.version, loadAverage: loadAtStart, cores: cpus().length, runs: options.lighthouse ? options.runs : 0, targets, results, calibration }, null, 2)}\n`,
    );
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
  process.exitCode = misses.length === 0 ? 0 : 1;
} catch (error) {
  console.error(`✗ ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
} finally {
  // Each step on its own: a failure to clean up one must not leave the others running.
  try {
    chrome?.kill();
  } catch (error) {
    console.error(`! Chromium: ${(error as Error).message}`);
  }
  server?.stop();
  served?.remove();
}
