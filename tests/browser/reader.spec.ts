import { expect, test } from '@playwright/test';
import { blockNumber, publishedText } from '../helpers/edition-texts';

const reader = '/de/texts/hintergruende';

test.describe('aligned rows', () => {
  test('side by side at 1280 px, every row’s German and English start at the same height', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(reader);
    const offsets = await page.locator('.rows .row').evaluateAll((rows) =>
      rows.map((row) => {
        const [de, en] = [...row.querySelectorAll(':scope > .cell')].map((cell) => cell.getBoundingClientRect());
        return { id: row.id, de: de?.top, en: en?.top, left: (de?.left ?? 0) < (en?.left ?? 0) };
      }),
    );
    expect(offsets.length, 'one row per published block').toBe(publishedText('hintergruende').blocks.length);
    for (const row of offsets) {
      expect(row.de, row.id).toBe(row.en);
      expect(row.left, row.id).toBe(true);
    }
  });

  test('each column carries its language and each row its id and linked ¶ label', async ({ page }) => {
    await page.goto(reader);
    const row = page.locator('#p12');
    await expect(row.locator('.cell[lang="de"]')).toContainText('Russland 3,9%');
    await expect(row.locator('.cell[lang="en"]')).toContainText('Russia 3.9%');
    // Read as “Absatz 12” (the word is in the page, visually hidden), seen as “¶ 12” (the ¶ is the stylesheet's).
    const label = row.getByRole('link', { name: 'Absatz 12', exact: true });
    expect(await label.evaluate((link) => getComputedStyle(link, '::before').content)).toMatch(/^"¶\u00a0"/);
    // `#p12`: this page's own address with the fragment, in a quarter of the bytes.
    await expect(label).toHaveAttribute('href', '#p12');
    expect(await label.evaluate((link: HTMLAnchorElement) => new URL(link.href).pathname + new URL(link.href).hash)).toBe('/de/texts/hintergruende#p12');
  });

  test('at 390 px nothing scrolls sideways, in any view', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const view of ['', '?view=de', '?view=en', '?view=parallel', '?view=interleaved']) {
      await page.goto(`${reader}${view}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, view || 'default').toBeLessThanOrEqual(0);
    }
  });

  test('phones default to interleaved: the English follows the German in one column', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(reader);
    const [de, en] = await page.locator('#p1 > .cell').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect()));
    expect(en?.top).toBeGreaterThan((de?.bottom ?? 0) - 1);
  });
});

test.describe('views', () => {
  test('switch with the controls, persist across pages and appear in the address', async ({ page }) => {
    await page.goto(reader);
    await page.locator('label[for="view-en"]').click();
    await expect(page.locator('html')).toHaveAttribute('data-view', 'en');
    await expect(page).toHaveURL(/\?view=en/);
    await expect(page.locator('#p1 .cell[lang="de"]')).toBeHidden();
    await expect(page.locator('#p1 .cell[lang="en"]')).toBeVisible();
    await page.goto('/de/texts/januar-aufstand');
    await expect(page.locator('html')).toHaveAttribute('data-view', 'en');
    await expect(page.locator('#view-en')).toBeChecked();
    await expect(page.locator('#p1 .cell[lang="de"]')).toBeHidden();
  });

  test('a shared link with ?view= opens that view', async ({ page }) => {
    await page.goto(`${reader}?view=interleaved#p5`);
    await expect(page.locator('#view-interleaved')).toBeChecked();
    const [de, en] = await page.locator('#p5 > .cell').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect()));
    expect(en?.top).toBeGreaterThan((de?.bottom ?? 0) - 1);
  });

  test('the V key cycles through the views', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(reader);
    await page.keyboard.press('v');
    await expect(page.locator('html')).toHaveAttribute('data-view', 'interleaved');
    await page.keyboard.press('v');
    await expect(page.locator('html')).toHaveAttribute('data-view', 'de');
    await page.keyboard.press('v');
    await expect(page.locator('html')).toHaveAttribute('data-view', 'en');
    await page.keyboard.press('v');
    await expect(page.locator('html')).toHaveAttribute('data-view', 'parallel');
  });

  test('without JavaScript the radio buttons still switch the view (CSS alone)', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(reader);
    await expect(page.locator('#p1 .cell[lang="en"]')).toBeVisible();
    await page.locator('label[for="view-de"]').click();
    await expect(page.locator('#p1 .cell[lang="en"]')).toBeHidden();
    await context.close();
  });

  test('on a phone, in one language, tapping a block reveals its other language', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${reader}?view=de`);
    // ¶ 2 begins with plain words, so the tap lands on text rather than on a glossary term.
    const other = page.locator('#p2 .cell[lang="en"]');
    await expect(other).toBeHidden();
    await page.locator('#p2 .cell[lang="de"]').tap({ position: { x: 6, y: 6 } });
    await expect(other).toBeVisible();
    const button = page.locator('#p2 .reveal');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await button.click();
    await expect(other).toBeHidden();
    await context.close();
  });
});

test.describe('deep links', () => {
  test('#p12 scrolls to the row, highlights it and moves focus there', async ({ page }) => {
    await page.goto(`${reader}#p40`);
    const row = page.locator('#p40');
    await expect(row).toBeInViewport();
    await expect(row).toBeFocused();
    await expect(row).toHaveCSS('border-left-color', /rgb\(201, 154, 6\)|rgb\(224, 181, 48\)/);
  });

  test('#p12-p14 highlights the range and says so', async ({ page }) => {
    await page.goto(`${reader}#p41-p43`);
    await expect(page.locator('.row.is-highlighted')).toHaveCount(3);
    await expect(page.locator('#p41')).toBeFocused();
    await expect(page.getByRole('status')).toHaveText('Abs. 41–43 hervorgehoben.');
  });

  test('an id that does not exist lands on the nearest block with a message', async ({ page }) => {
    const last = publishedText('hintergruende').blocks.at(-1)?.id ?? '';
    await page.goto(`${reader}#p999`);
    await expect(page.locator(`#${last}`)).toBeFocused();
    await expect(page.locator(`#${last}`)).toHaveClass(/is-highlighted/);
    await expect(page.getByRole('status')).toHaveText(`Abs. 999 gibt es in diesem Text nicht; gezeigt wird Abs. ${blockNumber(last)}, der nächstgelegene.`);
  });

  test('the language switch keeps the text, the view and the anchor', async ({ page }) => {
    await page.goto(`${reader}?view=interleaved#p20`);
    const link = page.getByRole('link', { name: 'Sprache der Oberfläche' });
    await expect(link).toHaveAttribute('href', '/en/texts/hintergruende?view=interleaved#p20');
    await link.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#p20')).toBeInViewport();
  });
});

test.describe('interface and comfort', () => {
  test('hreflang alternates and a canonical URL', async ({ page }) => {
    await page.goto(reader);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/de\/texts\/hintergruende$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/texts\/hintergruende$/);
  });

  test('dark mode follows the system and the toggle', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(reader);
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const dark = await background();
    expect(dark).toBe('rgb(21, 20, 18)');
    await page.getByRole('button', { name: /Farbschema/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background()).toBe('rgb(251, 250, 246)');
    await context.close();
  });

  test('text size grows and is remembered', async ({ page }) => {
    await page.goto(reader);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await size();
    await page.getByRole('button', { name: 'Schrift vergrößern' }).click();
    expect(await size()).toBeGreaterThan(before);
    await page.reload();
    expect(await size()).toBeGreaterThan(before);
  });

  test('the page reads fully without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/texts/januar-aufstand#p29');
    await expect(page.locator('#p29')).toBeInViewport();
    await expect(page.locator('.rows .row')).toHaveCount(publishedText('januar-aufstand').blocks.length);
    await expect(page.locator('#p41 .cell[lang="en"]')).toContainText('LabourNet');
    await expect(page.getByRole('button', { name: 'Larger text' })).toBeHidden();
    await context.close();
  });

  test('print shows both languages, the notes and no interface', async ({ page }) => {
    await page.goto(reader);
    // The notes print as endnotes once the idle prefetch has brought them: the response alone is not
    // enough (the script has still to read it), so print again until they are there.
    await expect
      .poll(async () => {
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        return page.locator('.popover--note').count();
      })
      .toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.reader-controls')).toBeHidden();
    await expect(page.locator('.site-header nav')).toBeHidden();
    // Nothing to press on paper: the search field and the “Cite this text” button stay on screen.
    await expect(page.locator('.site-search')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Diesen Text zitieren' })).toBeHidden();
    await expect(page.locator('#p1 .cell[lang="de"]')).toBeVisible();
    await expect(page.locator('#p1 .cell[lang="en"]')).toBeVisible();
    await expect(page.locator('.popover--note').first()).toBeVisible();
    // The address the page was read at (the edition's public one when the build has it).
    await expect(page.locator('[data-print-url]')).toContainText(/Gedruckt von https?:\/\/[^/]+\/de\/texts\/hintergruende/);
    const afterLink = await page.locator('#p17 .cell[lang="de"] a[href^="https"]').evaluate((link) => getComputedStyle(link, '::after').content);
    expect(afterLink).toContain('https://mangystau.invest.gov.kz');
  });
});
