/** The bench's Markdown tables (✗ marks a miss). */
import { readerTargets } from '../../tests/browser/reader-metrics';
import { targets, type PageResult } from './page';
import { kb } from './sizes';

const mark = (ok: boolean, text: string) => (ok ? text : `✗ ${text}`);

/** Issue #11: the reader against its bare-HTML baseline, measured in the same run. */
export function readerTable(results: PageResult[]): string {
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

export function table(results: PageResult[]): string {
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
