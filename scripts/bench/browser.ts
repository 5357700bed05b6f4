/** What Chromium loads for a page on a phone, and what the page asks of a reader at a desktop screen. */
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../tests/browser/chromium';
import { readerMetrics, type ReaderMetrics } from '../../tests/browser/reader-metrics';
import { fileFor, wireSize } from './sizes';

/** The phone Lighthouse's default (mobile) config emulates: the font and layout a phone gets. */
const phone = { width: 412, height: 823, deviceScaleFactor: 1.75 };

export interface Loaded {
  url: string;
  type: string;
  file?: string;
  gzip: number;
  brotli: number;
}

export async function loadedResources(out: string, origin: string, pathname: string): Promise<Loaded[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const context = await browser.newContext({
      viewport: { width: phone.width, height: phone.height },
      deviceScaleFactor: phone.deviceScaleFactor,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const loaded: Loaded[] = [];
    page.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin) return;
      const file = fileFor(out, url.pathname);
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

/** Marks, tab stops and elements as a reader at a 1280 px screen gets them (default view, script on). */
export async function measureReader(origin: string, pathname: string): Promise<ReaderMetrics> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    return await readerMetrics(page, `${origin}${pathname}`);
  } finally {
    await browser.close();
  }
}
