import { expect, test } from '@playwright/test';
import { editionSlugs } from '../helpers/edition-texts';
import { collectErrors } from './helpers';

test('the start page offers both languages and sends the reader on without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/de$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Texte' })).toBeVisible();
  await context.close();
});

test('a German reader lands on the German library, an English one on the English library', async ({ browser }) => {
  for (const [locale, path, heading] of [
    ['de-DE', '/de', 'Texte'],
    ['en-GB', '/en', 'Texts'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await context.close();
  }
});

test('the library lists both texts with links to their pages', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByRole('link', { name: 'Der Januar-Aufstand und die Massenstreiks in Kasachstan' }).click();
  await expect(page).toHaveURL(/\/de\/texts\/januar-aufstand$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Der Januar-Aufstand und die Massenstreiks in Kasachstan');
  expect(errors).toEqual([]);
});

test('a text page carries its language, its metadata and a linkable label on every block', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/en/texts/hintergruende');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('Yana Zavatsky (Chair of the International Commission of the KPD)')).toBeVisible();
  const label = page.getByRole('link', { name: 'Paragraph 12', exact: true });
  // `#p12`: the page's own address with the fragment.
  await expect(label).toHaveAttribute('href', '#p12');
  await label.click();
  await expect(page).toHaveURL(/#p12$/);
  await expect(page.locator('#p12')).toBeInViewport();
  expect(errors).toEqual([]);
});

test('#p12 in the address scrolls to that block', async ({ page }) => {
  await page.goto('/de/texts/januar-aufstand#p30');
  await expect(page.locator('#p30')).toBeInViewport();
  await expect(page.locator('#p30 [lang="de"]')).toContainText('Um ein Blutvergießen zu verhindern');
});

test('an unknown address gets the bilingual 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/de/texts/gibt-es-nicht');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the JSON API publishes every text and every block of it in both languages', async ({ request, page }) => {
  const list = await (await request.get('/api/texts.json')).json();
  expect(
    list.texts.map((text: { slug: string }) => text.slug),
    'one entry per folder in texts/',
  ).toEqual(editionSlugs());
  const text = await (await request.get('/api/texts/januar-aufstand.json')).json();
  expect(text.title).toEqual({ de: 'Der Januar-Aufstand und die Massenstreiks in Kasachstan', en: 'The January Uprising and the Mass Strikes in Kazakhstan' });
  await page.goto('/de/texts/januar-aufstand');
  await expect(page.locator('.rows .row'), 'one block per row of the reader page').toHaveCount(text.blocks.length);
  expect(text.blocks[1]).toEqual({ id: 'p2', kind: 'heading', text: { de: 'Ursachen der Proteste', en: expect.any(String) } });
});
