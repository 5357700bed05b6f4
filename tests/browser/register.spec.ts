import { expect, test } from '@playwright/test';
import { collectErrors } from './helpers';

/**
 * The register (/[locale]/glossary): the index with its filter box (client/register-filter.ts) and
 * each entry's own page, against the built export.
 */

interface GlossaryJson {
  entries: { id: string; url: { de: string; en: string }; occurrences: { text: string; block: string }[] }[];
}

test.describe('the register index', () => {
  test('lists every entry once, with its anchor, a link to its page and a short gloss', async ({ page, request }) => {
    const glossary = (await (await request.get('/api/glossary.json')).json()) as GlossaryJson;
    await page.goto('/de/glossary');
    const lines = page.locator('.register-list > li');
    const ids = await lines.evaluateAll((items) => items.map((item) => item.id.replace(/^entry-/, '')));
    expect(ids.sort()).toEqual(glossary.entries.map((entry) => entry.id).sort());
    const csto = page.locator('#entry-csto');
    await expect(csto.locator('a')).toHaveAttribute('href', '/de/glossary/csto');
    await expect(csto.locator('.register-gloss')).not.toBeEmpty();
    expect(await page.locator('body *').count()).toBeLessThanOrEqual(2500);
  });

  test('an old link to an entry’s anchor still lands on its line', async ({ page }) => {
    await page.goto('/en/glossary#entry-zhanaozen');
    await expect(page.locator('#entry-zhanaozen')).toBeInViewport();
    await page.locator('#entry-zhanaozen a').click();
    await expect(page).toHaveURL(/\/en\/glossary\/zhanaozen$/);
  });

  test('the filter box narrows the list by any spelling, ignoring case and diacritics, and Escape clears it', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/de/glossary');
    const field = page.getByLabel('Einträge filtern');
    await expect(field).toBeVisible();
    const shown = page.locator('.register-list > li:visible');
    const total = await shown.count();
    await field.pressSequentially('tokayev', { delay: 20 });
    await expect(shown).toHaveCount(1);
    await expect(shown.first()).toHaveId('entry-kassym-jomart-tokayev');
    await expect(page.locator('#register-filter-status')).toHaveText(`1 Eintrag von ${total}.`);
    await expect(page.locator('.register-by-kind')).toBeHidden();
    // A spelling without its diacritics; the entries whose gloss names it are listed too.
    await field.fill('schangaosen');
    await expect.poll(() => shown.evaluateAll((items) => items.map((item) => item.id))).toContain('entry-zhanaozen');
    await field.fill('Tengiz');
    await expect.poll(() => shown.evaluateAll((items) => items.map((item) => item.id))).toEqual(expect.arrayContaining(['entry-tengizchevroil', 'entry-tengiz-field']));
    await field.fill('xyzzy');
    await expect(shown).toHaveCount(0);
    await expect(page.locator('#register-filter-status')).toHaveText('Kein Eintrag passt zu „xyzzy“.');
    await field.press('Escape');
    await expect(shown).toHaveCount(total);
    await expect(page.locator('.register-by-kind')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('without JavaScript the filter box stays hidden and the index is whole', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/glossary');
    await expect(page.locator('.register-filter')).toBeHidden();
    expect(await page.locator('.register-list > li:visible').count()).toBeGreaterThan(100);
    await context.close();
  });
});

test.describe('an entry’s page', () => {
  for (const id of ['csto', 'tengizchevroil', 'kazmunaygas']) {
    test(`/en/glossary/${id} lists every paragraph where it occurs as a ¶ link`, async ({ page, request }) => {
      const glossary = (await (await request.get('/api/glossary.json')).json()) as GlossaryJson;
      const entry = glossary.entries.find((candidate) => candidate.id === id);
      const expected = [...new Set((entry?.occurrences ?? []).map((occurrence) => `/en/texts/${occurrence.text}#${occurrence.block}`))].sort();
      expect(expected.length).toBeGreaterThan(0);
      await page.goto(entry?.url.en ?? '');
      const links = await page.locator('.occurrence-list a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      expect([...links].sort()).toEqual(expected);
      const [first] = links;
      await page.locator(`.occurrence-list a[href="${first}"]`).click();
      await expect(page.locator(`#${first?.split('#')[1]}`)).toBeInViewport();
    });
  }

  test('the gloss switch shows the other language’s gloss without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/de/glossary/csto');
    await expect(page.locator('.entry-gloss.gloss-de')).toBeVisible();
    await expect(page.locator('.entry-gloss.gloss-en')).toBeHidden();
    await page.locator('label[for="gloss-en"]').click();
    await expect(page.locator('.entry-gloss.gloss-en')).toBeVisible();
    await expect(page.locator('.entry-gloss.gloss-de')).toBeHidden();
    await context.close();
  });

  test('a term popover links to the entry’s page', async ({ page }) => {
    await page.goto('/en/texts/januar-aufstand');
    // The quiet reader marks a name once: open the marked occurrence, wherever it is.
    await page.locator('.rows .cell[lang="en"] [href$="/glossary/chevron"]').first().click();
    await page.locator('#pop-term-chevron').getByRole('link', { name: 'Chevron' }).click();
    await expect(page).toHaveURL(/\/en\/glossary\/chevron$/);
    await expect(page.locator('h1')).toContainText('Chevron');
  });
});
