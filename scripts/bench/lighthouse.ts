/**
 * Lighthouse mobile (default config) against a Chromium started by Lighthouse's own launcher
 * (chrome-launcher), with the binary and flags of the browser tests: each metric the median of n runs.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../../tests/browser/chromium';

export interface LighthouseRun {
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

export type LighthouseSummary = Omit<LighthouseRun, 'lost'> & { runs: LighthouseRun[]; lost: string[] };

/**
 * A Chromium with a DevTools port for Lighthouse. chrome-launcher starts it in its own process group
 * (/usr/bin/chromium is a wrapper script, and the browser's helpers must end with it), waits for the
 * port, and removes the profile it made when it kills the browser.
 */
export function launchForLighthouse(): Promise<LaunchedChrome> {
  return launch({ chromePath: chromiumPath(), chromeFlags: chromiumArgs, logLevel: 'error', handleSIGINT: true });
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

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** `runs` Lighthouse runs of one URL, each metric the median of the runs. */
export async function lighthouseMedian(url: string, port: number, runs: number): Promise<LighthouseSummary> {
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
