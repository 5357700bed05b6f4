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
 * Options: --json, --build, --runs <n> (3), --no-lighthouse.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { languages } from '../contract/languages';
import { chromiumArgs, chromiumPath } from '../tests/browser/chromium';
import { readerMetrics, readerMisses, readerTargets, type ReaderMetrics } from '../tests/browser/reader-metrics';
import { snapshot, startServer } from './measure-server';
import { baselineHtml as bareHtml, maxBrotliRatio, type BaselineText } from './bench-baseline';

/** The export measured: a still copy of out/ (see snapshot()). */
let out = path.resolve('out');
const args = process.argv.slice(2);
const writeJson = args.includes('--json');
const forceBuild = args.includes('--build');
const withLighthouse = !args.includes('--no-lighthouse');
const runsIndex = args.indexOf('--runs');
const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 3;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive whole number');

const targets = {
  firstLoadJs: 150 * 1024,
  ownJs: 15 * 1024,
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcp: 1500,
  tbt: 100,
  cls: 0,
  brotliRatio: maxBrotliRatio,
  /** Against the bare-HTML baseline in the same Lighthouse run (issue #11). */
  performanceBelowBaseline: 3,
  tbtAboveBaseline: 100,
};
/** The phone Lighthouse's default (mobile) config emulates: the font and layout a phone gets. */
const phone = { width: 412, height: 823, deviceScaleFactor: 1.75 };

// ── serving a snapshot of the export ─────────────────────────────────────────────────────────────


// ── sizes from out/ ───────────────────────────────────────────────────────────────────────────

/** The file sirv serves for a URL path (`/de` → de.html, `/x.js` → x.js). */
function fileFor(pathname: string): string | undefined {
  const uri = decodeURI(pathname).replace(/\/$/, '');
  const candidates = [uri, `${uri}/index`, `${uri}.html`, `${uri}/index.html`].filter(Boolean);
  return candidates.map((candidate) => path.join(out, candidate)).find((file) => existsSync(file) && statSync(file).isFile());
}

const brotli = (content: Buffer | string) => brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (content: Buffer | string) => gzipSync(content, { level: 9 }).length;

/** Bytes on the wire with the given encoding: the precompressed file if the server has one, else the file. */
function wireSize(file: string, encoding: 'br' | 'gzip'): number {
  const precompressed = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  if (existsSync(precompressed)) return readFileSync(precompressed).length;
  return readFileSync(file).length;
}

function readerPages(): string[] {
  const pages: string[] = [];
  for (const locale of languages) {
    const directory = path.join(out, locale, 'texts');
    if (!existsSync(directory)) continue;
    for (const file of readdirSync(directory).filter((name) => name.endsWith('.html')).sort()) pages.push(`/${locale}/texts/${file.replace(/\.html$/, '')}`);
  }
  return pages;
}

interface InlineScript {
  bytes: number;
  gzip: number;
}

function inlineScripts(html: string): InlineScript[] {
  const tree: Root = fromHtml(html);
  const scripts: InlineScript[] = [];
  visit(tree, 'element', (element: Element) => {
    if (element.tagName !== 'script' || element.properties.src !== undefined) return;
    const type = String(element.properties.type ?? '').toLowerCase();
    if (type !== '' && type !== 'module' && !type.includes('javascript')) return;
    const text = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    scripts.push({ bytes: Buffer.byteLength(text), gzip: gzip(text) });
  });
  return scripts;
}


/** Where the bare-HTML baseline of a page is written, in the served copy of out/ (before the server starts). */
function baselineName(locale: string, slug: string): string {
  return `bench-baseline-${locale}-${slug}`;
}

/** The same blocks as minimal static HTML (scripts/bench-baseline.ts): what the text itself weighs. */
function baselineHtml(slug: string, locale: string): string {
  const text = JSON.parse(readFileSync(path.join(out, 'api', 'texts', `${slug}.json`), 'utf8')) as BaselineText;
  return bareHtml(text, slug, locale);
}

// ── what Chromium loads ───────────────────────────────────────────────────────────────────────

interface Loaded {
  url: string;
  type: string;
  file?: string;
  gzip: number;
  brotli: number;
}

async function loadedResources(origin: string, pathname: string): Promise<Loaded[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const context = await browser.newContext({ viewport: { width: phone.width, height: phone.height }, deviceScaleFactor: phone.deviceScaleFactor, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const loaded: Loaded[] = [];
    page.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin) return;
      const file = fileFor(url.pathname);
      loaded.push({
        url: url.pathname,
        type: request.resourceType(),
        file,
        gzip: file ? wireSize(file, 'gzip') : 0,
        brotli: file ? wireSize(file, 'br') : 0,
      });
    });
    await page.goto(`${origin}${pathname}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await context.close();
    return loaded;
  } finally {
    await browser.close();
  }
}

// ── Lighthouse ────────────────────────────────────────────────────────────────────────────────

interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Elements in the page (Lighthouse's dom-size): what style and layout work scales with. */
  domSize: number;
  /** Lighthouse's measure of the machine's speed: simulated timings scale with it (and with its load). */
  benchmarkIndex: number;
  /** Audits below full score, by category: what cost the points. */
  lost: string[];
}

/** A Chromium with a DevTools port for Lighthouse: the same binary and flags as the browser tests. */
function launchForLighthouse(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-chromium-'));
  // Its own process group: /usr/bin/chromium is a wrapper script, and the browser's helpers must end with it.
  const child = spawn(chromiumPath(), [...chromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill();
      }
    }
    await exited;
    // The browser's last writes to its profile can trail the wrapper's exit by a moment.
    await new Promise((resolve) => setTimeout(resolve, 500));
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
  };
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`Chromium did not open a DevTools port within 30 s:\n${stderr}`));
    }, 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve({ port: Number(match[1]), stop });
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited before opening a DevTools port:\n${stderr}`));
    });
  });
}

/** Lighthouse on a loaded machine now and then fails to record its trace (NO_NAVSTART): try again, twice. */
async function lighthouseRun(url: string, port: number, attempt = 1): Promise<LighthouseRun> {
  try {
    return await lighthouseOnce(url, port);
  } catch (error) {
    if (attempt >= 3) throw error;
    process.stderr.write(`! ${(error as Error).message}: once more\n`);
    return lighthouseRun(url, port, attempt + 1);
  }
}

async function lighthouseOnce(url: string, port: number): Promise<LighthouseRun> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const lost: string[] = [];
  for (const [id, category] of Object.entries(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      lost.push(`${id} › ${ref.id}\t${audit.displayValue ?? `score ${audit.score}`}`);
    }
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    domSize: numeric('dom-size'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    lost,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

// ── the bench ─────────────────────────────────────────────────────────────────────────────────

interface PageResult {
  page: string;
  firstLoadJsGzip: number;
  ownJsGzip: number;
  scripts: string[];
  htmlBytes: number;
  htmlGzip: number;
  htmlBrotli: number;
  fonts: { url: string; bytes: number }[];
  totalBrotli: number;
  baselineBrotli: number;
  brotliRatio: number;
  totalRatio: number;
  lighthouse?: LighthouseSummary;
  /** The page's bare-HTML baseline under the same Lighthouse, measured right after the page. */
  baselineLighthouse?: LighthouseSummary;
  reader: ReaderMetrics;
  misses: string[];
}

type LighthouseSummary = Omit<LighthouseRun, 'lost'> & { runs: LighthouseRun[]; lost: string[] };

/** `runs` Lighthouse runs of one URL, each metric the median of the runs. */
async function lighthouseMedian(url: string, port: number): Promise<LighthouseSummary> {
  const lighthouseRuns: LighthouseRun[] = [];
  for (let run = 1; run <= runs; run += 1) {
    process.stderr.write(`… Lighthouse ${new URL(url).pathname} run ${run}/${runs}\n`);
    lighthouseRuns.push(await lighthouseRun(url, port));
  }
  const pick = (key: keyof Omit<LighthouseRun, 'lost'>) => median(lighthouseRuns.map((run) => run[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    domSize: pick('domSize'),
    benchmarkIndex: pick('benchmarkIndex'),
    lost: [...new Set(lighthouseRuns.flatMap((run) => run.lost.map((entry) => entry.split('\t')[0] ?? entry)))],
    runs: lighthouseRuns,
  };
}

/** Marks, tab stops and elements as a reader at a 1280 px screen gets them (default view, script on). */
async function measureReader(origin: string, pathname: string): Promise<ReaderMetrics> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    return await readerMetrics(page, `${origin}${pathname}`);
  } finally {
    await browser.close();
  }
}

async function measurePage(origin: string, pathname: string, lighthousePort: number | undefined): Promise<PageResult> {
  const file = fileFor(pathname);
  if (!file) throw new Error(`${pathname}: no file in out/`);
  const html = readFileSync(file, 'utf8');
  const [locale = 'de', , slug = ''] = pathname.split('/').filter(Boolean);
  const loaded = await loadedResources(origin, pathname);
  const inline = inlineScripts(html);
  const scripts = loaded.filter((resource) => resource.type === 'script');
  const firstLoadJsGzip = scripts.reduce((sum, script) => sum + script.gzip, 0) + inline.reduce((sum, script) => sum + script.gzip, 0);
  const ownJsGzip = scripts.filter((script) => script.url.startsWith('/assets/')).reduce((sum, script) => sum + script.gzip, 0) + inline.reduce((sum, script) => sum + script.gzip, 0);
  const fonts = loaded.filter((resource) => resource.type === 'font').map((font) => ({ url: font.url, bytes: font.brotli }));
  const totalBrotli = loaded.reduce((sum, resource) => sum + resource.brotli, 0);
  const htmlBrotli = wireSize(file, 'br');
  const baseline = baselineHtml(slug, locale);
  const baselineBrotli = brotli(baseline);
  const reader = await measureReader(origin, pathname);
  const result: PageResult = {
    page: pathname,
    firstLoadJsGzip,
    ownJsGzip,
    scripts: [...scripts.map((script) => script.url), ...inline.map((script, index) => `inline #${index + 1} (${script.bytes} B)`)],
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: wireSize(file, 'gzip'),
    htmlBrotli,
    fonts,
    totalBrotli,
    baselineBrotli,
    brotliRatio: htmlBrotli / baselineBrotli,
    totalRatio: totalBrotli / baselineBrotli,
    reader,
    misses: [],
  };
  if (lighthousePort !== undefined) {
    result.lighthouse = await lighthouseMedian(`${origin}${pathname}`, lighthousePort);
    result.baselineLighthouse = await lighthouseMedian(`${origin}/${baselineName(locale, slug)}`, lighthousePort);
  }
  const miss = (condition: boolean, text: string) => {
    if (condition) result.misses.push(text);
  };
  miss(result.firstLoadJsGzip > targets.firstLoadJs, `first-load JS ${kb(result.firstLoadJsGzip)} > 150 KB`);
  miss(result.ownJsGzip > targets.ownJs, `own code ${kb(result.ownJsGzip)} > 15 KB`);
  miss(result.brotliRatio > targets.brotliRatio, `HTML brotli ${result.brotliRatio.toFixed(2)}× baseline > 1.5×`);
  const lh = result.lighthouse;
  if (lh) {
    miss(lh.performance < targets.performance, `performance ${lh.performance} < 98`);
    miss(lh.accessibility < targets.accessibility, `accessibility ${lh.accessibility} < 100`);
    miss(lh.bestPractices < targets.bestPractices, `best practices ${lh.bestPractices} < 100`);
    miss(lh.seo < targets.seo, `SEO ${lh.seo} < 100`);
    miss(lh.lcp > targets.lcp, `LCP ${(lh.lcp / 1000).toFixed(2)} s > 1.5 s`);
    miss(lh.tbt > targets.tbt, `TBT ${Math.round(lh.tbt)} ms > 100 ms`);
    miss(lh.cls > targets.cls, `CLS ${lh.cls.toFixed(3)} > 0`);
  }
  const plain = result.baselineLighthouse;
  if (lh && plain) {
    miss(lh.performance < plain.performance - targets.performanceBelowBaseline, `performance ${lh.performance} more than 3 points below the baseline's ${plain.performance}`);
    miss(lh.tbt > plain.tbt + targets.tbtAboveBaseline, `TBT ${Math.round(lh.tbt)} ms more than 100 ms above the baseline's ${Math.round(plain.tbt)} ms`);
  }
  for (const text of readerMisses(reader)) result.misses.push(text);
  return result;
}

/** Issue #11: the reader against its bare-HTML baseline, measured in the same run. */
function readerTable(results: PageResult[]): string {
  const mark = (ok: boolean, text: string) => (ok ? text : `✗ ${text}`);
  const lines = [
    `| page | marks / 100 words (≤ ${readerTargets.marksPer100Words}) | most in a row (≤ ${readerTargets.maxMarksInRow}) | tab stops (≤ ${readerTargets.tabStops}) | elements (≤ ${readerTargets.elements}) | HTML br: page / baseline (≤ 1.5×) | perf: page / baseline (≥ baseline − 3) | TBT: page / baseline (≤ baseline + 100 ms) | CLS: page / baseline (0) |`,
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const result of results) {
    const { reader } = result;
    const lh = result.lighthouse;
    const plain = result.baselineLighthouse;
    lines.push(
      `| ${[
        `\`${result.page}\``,
        mark(reader.marksPer100Words <= readerTargets.marksPer100Words, `${reader.marksPer100Words.toFixed(2)} (${reader.marks} in ${reader.words.toLocaleString('en')} words)`),
        mark(reader.maxMarksInRow <= readerTargets.maxMarksInRow, `${reader.maxMarksInRow} (${reader.maxRow})`),
        mark(reader.tabStops <= readerTargets.tabStops, String(reader.tabStops)),
        mark(reader.elements <= readerTargets.elements, reader.elements.toLocaleString('en')),
        mark(result.brotliRatio <= targets.brotliRatio, `${kb(result.htmlBrotli)} / ${kb(result.baselineBrotli)} = ${result.brotliRatio.toFixed(2)}×`),
        lh && plain ? mark(lh.performance >= plain.performance - targets.performanceBelowBaseline, `${lh.performance} / ${plain.performance}`) : '—',
        lh && plain ? mark(lh.tbt <= plain.tbt + targets.tbtAboveBaseline, `${Math.round(lh.tbt)} / ${Math.round(plain.tbt)} ms`) : '—',
        lh && plain ? mark(lh.cls <= targets.cls, `${lh.cls.toFixed(3)} / ${plain.cls.toFixed(3)}`) : '—',
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function table(results: PageResult[]): string {
  const mark = (ok: boolean, text: string) => (ok ? text : `✗ ${text}`);
  const lines = [
    '| page | first-load JS gz (≤ 150 KB) | own code gz (≤ 15 KB) | HTML gz | HTML br | fonts | total br | HTML br ÷ baseline br (≤ 1.5) | total br ÷ baseline br | perf (≥ 98) | a11y | BP | SEO | LCP (≤ 1.5 s) | TBT (≤ 100 ms) | CLS (0) |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const result of results) {
    const lh = result.lighthouse;
    const fonts = `${result.fonts.length} (${kb(result.fonts.reduce((sum, font) => sum + font.bytes, 0))})`;
    const cells = [
      `\`${result.page}\``,
      mark(result.firstLoadJsGzip <= targets.firstLoadJs, kb(result.firstLoadJsGzip)),
      mark(result.ownJsGzip <= targets.ownJs, kb(result.ownJsGzip)),
      kb(result.htmlGzip),
      kb(result.htmlBrotli),
      fonts,
      kb(result.totalBrotli),
      mark(result.brotliRatio <= targets.brotliRatio, `${result.brotliRatio.toFixed(2)}× (${kb(result.baselineBrotli)})`),
      `${result.totalRatio.toFixed(2)}×`,
      lh ? mark(lh.performance >= targets.performance, String(lh.performance)) : '—',
      lh ? mark(lh.accessibility >= targets.accessibility, String(lh.accessibility)) : '—',
      lh ? mark(lh.bestPractices >= targets.bestPractices, String(lh.bestPractices)) : '—',
      lh ? mark(lh.seo >= targets.seo, String(lh.seo)) : '—',
      lh ? mark(lh.lcp <= targets.lcp, `${(lh.lcp / 1000).toFixed(2)} s`) : '—',
      lh ? mark(lh.tbt <= targets.tbt, `${Math.round(lh.tbt)} ms`) : '—',
      lh ? mark(lh.cls <= targets.cls, lh.cls.toFixed(3)) : '—',
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

if (forceBuild) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', process.stderr, process.stderr] });
  if (build.status !== 0) {
    console.error('✗ the build failed');
    process.exit(1);
  }
}

const loadAtStart = loadavg();
let server: { origin: string; stop: () => void } | undefined;
let served: { remove: () => void } | undefined;
let chrome: { port: number; stop: () => Promise<void> } | undefined;
try {
  const copy = await snapshot();
  served = copy;
  out = copy.out;
  const pages = readerPages();
  if (pages.length === 0) throw new Error('no reader page in out/de/texts or out/en/texts');
  for (const page of pages) {
    const [locale = 'de', , slug = ''] = page.split('/').filter(Boolean);
    writeFileSync(path.join(out, `${baselineName(locale, slug)}.html`), baselineHtml(slug, locale));
  }
  server = await startServer(copy.directory);
  const { origin } = server;
  if (withLighthouse) chrome = await launchForLighthouse();
  const results: PageResult[] = [];
  for (const page of pages) {
    process.stderr.write(`… ${page}\n`);
    results.push(await measurePage(origin, page, chrome?.port));
  }
  // Calibration: the bare-HTML baseline of the first page, measured beside it on the same machine at the
  // same time. Simulated TBT and LCP scale with how busy the machine is; this row says how much.
  const [firstPage] = pages;
  const firstBaseline = results[0]?.baselineLighthouse;
  const calibration = firstPage && firstBaseline ? { page: firstPage, lighthouse: firstBaseline } : undefined;
  const first = results[0];
  console.log(`\n## Bench: ${results.length} reader pages; Lighthouse ${withLighthouse ? `mobile, median of ${runs}` : 'skipped'} (node ${process.version})\n`);
  console.log(table(results));
  console.log('\n### The reader against its bare-HTML baseline (issue #11; reader figures: Chromium, 1280 px, default view, both columns)\n');
  console.log(readerTable(results));
  if (first) {
    console.log(`\nScripts a reader page runs: ${first.scripts.join(', ')}. Fonts (${first.page}, phone viewport): ${first.fonts.map((font) => `${font.url.replace('/fonts/', '')} ${kb(font.bytes)}`).join(', ') || 'none'}.`);
  }
  if (calibration) {
    const lh = calibration.lighthouse;
    console.log(
      `\nCalibration, the bare-HTML baseline of ${calibration.page} (no CSS, no script, no font) under the same runs: ` +
        `perf ${lh.performance}, LCP ${(lh.lcp / 1000).toFixed(2)} s, TBT ${Math.round(lh.tbt)} ms, CLS ${lh.cls.toFixed(3)}, ${lh.domSize.toLocaleString('en')} elements. ` +
        '(../shared/docs/toolchain.md measured such a page at 100, LCP 0.9 s, TBT 15 ms on a quiet machine: what it loses here, the machine costs every row).',
    );
  }
  if (withLighthouse) {
    console.log(`\nElements per page (Lighthouse dom-size): ${results.map((result) => `${result.page} ${result.lighthouse?.domSize.toLocaleString('en')}`).join(', ')}.`);
    const index = median(results.map((result) => result.lighthouse?.benchmarkIndex ?? Number.NaN));
    console.log(`Machine: Lighthouse benchmarkIndex ${Math.round(index)}, load average ${loadAtStart.map((load) => load.toFixed(1)).join(' / ')} at the start on ${cpus().length} cores (a busy machine inflates TBT and LCP).`);
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
  if (writeJson) {
    const file = path.resolve('bench-results/bench.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, loadAverage: loadAtStart, cores: cpus().length, runs: withLighthouse ? runs : 0, targets, results, calibration }, null, 2)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
  process.exitCode = misses.length === 0 ? 0 : 1;
} catch (error) {
  console.error(`✗ ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
} finally {
  // Each step on its own: a failure to clean up one must not leave the others running.
  await chrome?.stop().catch((error: unknown) => console.error(`! Chromium: ${(error as Error).message}`));
  server?.stop();
  served?.remove();
}
