/**
 * What a reader page asks of its reader, measured in the browser: shared by the weight test
 * (tests/browser/reader-weight.spec.ts) and `npm run bench` (scripts/bench.ts), so that both count
 * the same way. Measured at 1280 px in the default view, both columns.
 */
import type { Page } from 'playwright-core';

export interface ReaderMetrics {
  /** Glossary marks a reader sees (both columns), per 100 words of the visible text. */
  marksPer100Words: number;
  marks: number;
  words: number;
  /** The most marks in one paragraph row (both columns), and that row. */
  maxMarksInRow: number;
  maxRow: string;
  /** Elements the Tab key stops at (a radio group counts once). */
  tabStops: number;
  /** Elements in the document. */
  elements: number;
}

/** The targets (#11): a quiet, light reader. */
export const readerTargets = { marksPer100Words: 2.5, maxMarksInRow: 12, tabStops: 450, elements: 2500 } as const;

/** Runs in the page: no imports, no closures. */
function measure(): ReaderMetrics {
  const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  let words = 0;
  for (const cell of document.querySelectorAll('.rows .cell')) {
    if (!visible(cell)) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('.note-marker') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) text += node.textContent ?? '';
    words += text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  }
  let marks = 0;
  let maxMarksInRow = 0;
  let maxRow = '';
  for (const row of document.querySelectorAll<HTMLElement>('.rows .row[id]')) {
    const count = [...row.querySelectorAll('.term')].filter(visible).length;
    marks += count;
    if (count > maxMarksInRow) {
      maxMarksInRow = count;
      maxRow = row.id;
    }
  }
  const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex], summary')].filter(
    (element) =>
      element.tabIndex >= 0 &&
      !(element as HTMLButtonElement).disabled &&
      !(element instanceof HTMLInputElement && element.type === 'hidden') &&
      visible(element) &&
      !element.closest('[inert]'),
  );
  const groups = new Set<string>();
  const tabStops = focusable.filter((element) => {
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio') return true;
    if (groups.has(element.name)) return false;
    groups.add(element.name);
    return true;
  }).length;
  return {
    marksPer100Words: words === 0 ? 0 : (100 * marks) / words,
    marks,
    words,
    maxMarksInRow,
    maxRow,
    tabStops,
    elements: document.getElementsByTagName('*').length,
  };
}

/** Loads `path` at 1280 × 800 (the default view there: side by side) and measures it. */
export async function readerMetrics(page: Page, url: string): Promise<ReaderMetrics> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url, { waitUntil: 'load' });
  // tsx (scripts/bench.ts) compiles with esbuild's keepNames, whose __name helper the page lacks.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  return page.evaluate(measure);
}

/** Each target the metrics miss, as a sentence. */
export function readerMisses(metrics: ReaderMetrics): string[] {
  const misses: string[] = [];
  if (metrics.marksPer100Words > readerTargets.marksPer100Words) misses.push(`${metrics.marksPer100Words.toFixed(2)} marks per 100 words > ${readerTargets.marksPer100Words}`);
  if (metrics.maxMarksInRow > readerTargets.maxMarksInRow) misses.push(`${metrics.maxMarksInRow} marks in ${metrics.maxRow} > ${readerTargets.maxMarksInRow}`);
  if (metrics.tabStops > readerTargets.tabStops) misses.push(`${metrics.tabStops} tab stops > ${readerTargets.tabStops}`);
  if (metrics.elements > readerTargets.elements) misses.push(`${metrics.elements} elements > ${readerTargets.elements}`);
  return misses;
}
