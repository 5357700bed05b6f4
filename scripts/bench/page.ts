/** One reader page measured: its weight, what Chromium loads, what it asks of a reader, Lighthouse, and the targets it misses. */
import { readFileSync } from 'node:fs';
import { maxBrotliRatio } from '../bench-baseline';
import { readerMisses, type ReaderMetrics } from '../../tests/browser/reader-metrics';
import { loadedResources, measureReader } from './browser';
import { lighthouseMedian, type LighthouseSummary } from './lighthouse';
import { baselineHtml, baselineName, brotli, fileFor, inlineScripts, kb, wireSize } from './sizes';

export const targets = {
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

export interface PageResult {
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

/** Where the measurement runs: the served copy of out/, its origin, and Lighthouse's browser (none: skipped). */
export interface Measuring {
  out: string;
  origin: string;
  lighthouse?: { port: number; runs: number };
}

export async function measurePage({ out, origin, lighthouse }: Measuring, pathname: string): Promise<PageResult> {
  const file = fileFor(out, pathname);
  if (!file) throw new Error(`${pathname}: no file in out/`);
  const html = readFileSync(file, 'utf8');
  const [locale = 'de', , slug = ''] = pathname.split('/').filter(Boolean);
  const loaded = await loadedResources(out, origin, pathname);
  const inline = inlineScripts(html);
  const scripts = loaded.filter((resource) => resource.type === 'script');
  const firstLoadJsGzip = scripts.reduce((sum, script) => sum + script.gzip, 0) + inline.reduce((sum, script) => sum + script.gzip, 0);
  const ownJsGzip =
    scripts.filter((script) => script.url.startsWith('/assets/')).reduce((sum, script) => sum + script.gzip, 0) + inline.reduce((sum, script) => sum + script.gzip, 0);
  const fonts = loaded.filter((resource) => resource.type === 'font').map((font) => ({ url: font.url, bytes: font.brotli }));
  const totalBrotli = loaded.reduce((sum, resource) => sum + resource.brotli, 0);
  const htmlBrotli = wireSize(file, 'br');
  const baseline = baselineHtml(out, slug, locale);
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
  if (lighthouse) {
    result.lighthouse = await lighthouseMedian(`${origin}${pathname}`, lighthouse.port, lighthouse.runs);
    result.baselineLighthouse = await lighthouseMedian(`${origin}/${baselineName(locale, slug)}`, lighthouse.port, lighthouse.runs);
  }
  const miss = (condition: boolean, text: string) => {
    if (condition) result.misses.push(text);
  };
  miss(result.firstLoadJsGzip > targets.firstLoadJs, `first-load JS ${kb(result.firstLoadJsGzip)} > 150 KB`);
  miss(result.ownJsGzip > targets.ownJs, `own code ${kb(result.ownJsGzip)} > 15 KB`);
  miss(result.brotliRatio > targets.brotliRatio, `HTML brotli ${result.brotliRatio.toFixed(2)}× baseline > ${targets.brotliRatio}×`);
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
