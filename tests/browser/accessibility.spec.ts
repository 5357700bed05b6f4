import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readerPaths } from '../helpers/edition-texts';

/**
 * Entry pages of the register: one of every kind (organisation, company, person, place, event,
 * currency, term, publication), the longest (kazakhstan) and one with editor's notes, in both languages.
 */
const entryPages = ['csto', 'kazmunaygas', 'kassym-jomart-tokayev', 'kazakhstan', 'january-2022-events', 'tenge', 'oblast', 'offen-siv'].flatMap((id) => [
  `/de/glossary/${id}`,
  `/en/glossary/${id}`,
]);

/** Every page of the export, in both interface languages, and the sample of entry pages. */
const pages = [
  '/de',
  '/en',
  '/de/about',
  '/en/about',
  '/de/glossary',
  '/en/glossary',
  '/de/sources',
  '/en/sources',
  '/de/my-annotations',
  '/en/my-annotations',
  ...readerPaths(),
  '/de/texts/hintergruende/notes',
  '/en/texts/januar-aufstand/notes',
  '/de/texts/hintergruende/every-name',
  '/en/texts/januar-aufstand/every-name',
  ...entryPages,
];
const views = ['parallel', 'interleaved', 'de', 'en'] as const;

/** axe on the whole page, or only on what `include` selects (an open popover, once the page was scanned). */
async function violations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join('; ')})`,
  );
}

test.describe('axe finds no violation', () => {
  // A reader page has over a thousand controls: axe needs more than the default 30 s on a busy machine.
  test.describe.configure({ timeout: 180_000 });

  for (const path of pages) {
    test(`on ${path}`, async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
      await context.close();
    });
  }

  test('on the start page, the 404 page and the offline page', async ({ browser }) => {
    // A German browser: the start page's script sends English ones on to /en.
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    // The start page moves on to /de at once (meta refresh): check its markup held still.
    const start = await (await page.request.get('/')).text();
    await page.setContent(start.replace(/<meta http-equiv="refresh"[^>]*>/, ''));
    expect(await violations(page)).toEqual([]);
    await page.goto('/gibt-es-nicht');
    expect(await violations(page)).toEqual([]);
    await page.goto('/offline');
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
        expect(await violations(page, '.popover:popover-open')).toEqual([]);
        await page.keyboard.press('Escape');
        await page.locator('.rows .note-marker:visible').first().click();
        await expect(page.locator('.popover:popover-open')).toHaveCount(1);
        expect(await violations(page, '.popover:popover-open')).toEqual([]);
        await page.keyboard.press('Escape');
        await page.locator('.rows .row-label:visible').first().click();
        await expect(page.locator('#para-panel')).toBeVisible();
        expect(await violations(page, '#para-panel')).toEqual([]);
        await page.locator('#para-panel [data-panel="cite"]').click();
        await expect(page.locator('#cite')).toBeVisible();
        expect(await violations(page, '#cite')).toEqual([]);
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
    await expect(page.locator('.popover:popover-open')).toHaveCount(1);
    expect(await violations(page, '.popover:popover-open')).toEqual([]);
    await context.close();
  });
});
