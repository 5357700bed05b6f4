import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Every page of the export, in both interface languages. */
const pages = ['/de', '/en', '/de/about', '/en/about', '/de/glossary', '/en/glossary', '/de/texts/januar-aufstand', '/en/texts/januar-aufstand', '/de/texts/hintergruende', '/en/texts/hintergruende'];
const views = ['parallel', 'interleaved', 'de', 'en'] as const;

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join('; ')})`);
}

test.describe('axe finds no violation', () => {
  for (const path of pages) {
    test(`on ${path}`, async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
      await context.close();
    });
  }

  test('on the start page and the 404 page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Hold the start page still: its meta refresh would otherwise move on to /de at once.
    await page.route(/\/de$/, (route) => route.abort());
    await page.goto('/');
    await page.waitForTimeout(300);
    expect(page.url()).toMatch(/\/$/);
    expect(await violations(page)).toEqual([]);
    await page.unroute(/\/de$/);
    await page.goto('/gibt-es-nicht');
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  for (const path of ['/de/texts/hintergruende', '/en/texts/januar-aufstand']) {
    for (const view of views) {
      test(`on ${path} in the ${view} view, with a term and a note popover open`, async ({ browser }) => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${path}?view=${view}`);
        expect(await violations(page)).toEqual([]);
        await page.locator('.rows .term:visible').first().click();
        await expect(page.locator('.popover:popover-open')).toHaveCount(1);
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await page.locator('.rows .note-marker button:visible').first().click();
        await expect(page.locator('.popover:popover-open')).toHaveCount(1);
        expect(await violations(page)).toEqual([]);
        await context.close();
      });
    }
  }

  test('on a phone, with a popover open as a bottom sheet', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/de/texts/januar-aufstand');
    expect(await violations(page)).toEqual([]);
    await page.locator('.rows .term:visible').first().tap();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
