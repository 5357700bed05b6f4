import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './helpers';

/**
 * The search page (/[locale]/search, client/search.ts) against the built export, served as `npm start`
 * serves it, with its real Content-Security-Policy: Pagefind needs `'wasm-unsafe-eval'` in script-src.
 */

interface Occurrence {
  text: string;
  block: string;
  lang: string;
}
interface GlossaryJson {
  entries: { id: string; occurrences: Occurrence[] }[];
}

const field = (page: Page) => page.locator('#search-q');
const status = (page: Page) => page.locator('#search-status');
const results = (page: Page) => page.locator('.search-results > li');

/** The hrefs of every result, after showing all of them. */
async function resultLinks(page: Page): Promise<string[]> {
  const more = page.locator('.search-more');
  while (await more.isVisible()) await more.click();
  return results(page)
    .locator('h3 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** The blocks (`slug#id`, either language) where the register finds an entry. */
async function blocksOf(page: Page, entry: string): Promise<string[]> {
  const response = await page.request.get('/api/glossary.json');
  const glossary = (await response.json()) as GlossaryJson;
  const occurrences = glossary.entries.find((candidate) => candidate.id === entry)?.occurrences ?? [];
  return [...new Set(occurrences.map((occurrence) => `${occurrence.text}#${occurrence.block}`))].sort();
}

test.describe('search', () => {
  test('the Content-Security-Policy lets Pagefind compile its WebAssembly', async ({ request }) => {
    const response = await request.get('/de/search');
    const policy = response.headers()['content-security-policy'] ?? '';
    const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, "scripts/security-headers.js: script-src needs 'wasm-unsafe-eval' for Pagefind").toContain("'wasm-unsafe-eval'");
  });

  test('what the reader types before the search script has arrived is kept and searched', async ({ page }) => {
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/search/search.js', async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto('/de/search');
    await field(page).pressSequentially('Gewerk', { delay: 20 });
    release();
    await expect(status(page)).toHaveText(/^\d+ Absätze? gefunden\.$/);
    await expect(field(page)).toHaveValue('Gewerk');
    await expect(page).toHaveURL(/\/de\/search\?q=Gewerk$/);
  });

  test('a German query finds German paragraphs, stemmed, with the English beside each', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/de/search');
    await field(page).pressSequentially('Gewerkschaften', { delay: 20 });
    await expect(status(page)).toHaveText(/^\d+ Absätze? gefunden\.$/);
    await expect(page).toHaveURL(/\/de\/search\?q=Gewerkschaften$/);
    const first = results(page).first();
    await expect(first.locator('h3 a')).toHaveAttribute('href', /^\/de\/texts\/(januar-aufstand|hintergruende)#p\d+[a-z]?$/);
    await expect(first.locator('.is-hit p[lang="de"] mark').first()).toHaveText(/^Gewerkschaft/);
    await expect(first.locator('.is-aligned p[lang="en"]')).not.toBeEmpty();
    // German stemming: “Gewerkschafter” has the stem of “Gewerkschaften” (it is not a prefix match).
    await resultLinks(page);
    const marks = await results(page).locator('.is-hit mark').allTextContents();
    expect(marks.some((mark) => /^Gewerkschafter\W*$/.test(mark))).toBe(true);
    expect(errors).toEqual([]);
  });

  test('an English query on the English page finds English paragraphs with the German beside each', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/en/search?q=unions');
    await expect(field(page)).toHaveValue('unions');
    await expect(status(page)).toHaveText(/^\d+ paragraphs? found\.$/);
    const first = results(page).first();
    await expect(first.locator('h3 a')).toHaveAttribute('href', /^\/en\/texts\/[a-z-]+#p\d+[a-z]?$/);
    await expect(first.locator('h3 a')).toHaveText(/^¶ \d+[a-z]? · /);
    await expect(first.locator('.is-hit p[lang="en"] mark').first()).toHaveText(/^union/i);
    await expect(first.locator('.is-aligned p[lang="de"]')).not.toBeEmpty();
    // English stemming: the singular has the stem of “unions”.
    await resultLinks(page);
    const marks = await results(page).locator('.is-hit mark').allTextContents();
    expect(marks.some((mark) => /^union\W*$/i.test(mark))).toBe(true);
    expect(errors).toEqual([]);
  });

  test('Schangaösen finds the Zhanaozen paragraphs of both texts, each beside its other language, and the register entry', async ({ page }) => {
    const errors = collectErrors(page);
    const expected = await blocksOf(page, 'zhanaozen');
    expect(expected.some((block) => block.startsWith('januar-aufstand#'))).toBe(true);
    expect(expected.some((block) => block.startsWith('hintergruende#'))).toBe(true);
    await page.goto('/de/search?q=Schanga%C3%B6sen');
    await expect(status(page)).toHaveText(`${expected.length} Absätze gefunden.`);
    const links = await resultLinks(page);
    expect(links.map((href) => href.replace(/^\/de\/texts\//, '')).sort()).toEqual(expected);
    for (const item of await results(page).all()) {
      const languages = await item.locator('.search-block p').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('lang')));
      expect(languages.sort()).toEqual(['de', 'en']);
      await expect(item.locator('.is-hit mark').first()).toHaveText(/^(Schangaösen|Schangaöseng|Zhanaozen)$/);
      await expect(item.locator('.is-aligned p')).not.toBeEmpty();
    }
    const entry = page.locator('.search-entry a');
    await expect(entry).toHaveText('Schangaösen (Zhanaozen)');
    await expect(entry).toHaveAttribute('href', '/de/glossary/zhanaozen');
    // A link leads to the right paragraph.
    const [first] = links;
    await page.locator(`.search-results a[href="${first}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${first?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator(`#${first?.split('#')[1]}`)).toBeInViewport();
    expect(errors).toEqual([]);
  });

  test('OVKS, a name the texts do not use, finds the CSTO paragraphs', async ({ page }) => {
    const expected = await blocksOf(page, 'csto');
    await page.goto('/en/search?q=OVKS');
    await expect(status(page)).toHaveText(`${expected.length} paragraphs found.`);
    const links = await resultLinks(page);
    expect(links.map((href) => href.replace(/^\/en\/texts\//, '')).sort()).toEqual(expected);
    await expect(page.locator('.search-entry a')).toHaveAttribute('href', '/en/glossary/csto');
    await expect(results(page).first().locator('.is-hit mark').first()).toHaveText(
      /CSTO|Collective Security Treaty Organization|Organisation des Vertrags über kollektive Sicherheit/,
    );
  });

  test('every spelling of Tokayev finds the same paragraphs, the register’s, and never a short common word', async ({ page }) => {
    const errors = collectErrors(page);
    const expected = await blocksOf(page, 'kassym-jomart-tokayev');
    expect(expected.length).toBeGreaterThan(5);
    for (const spelling of ['Tokajew', 'Toqajew', 'Tokayev', 'Kassym-Jomart Tokayev', 'Tokaev']) {
      await page.goto(`/en/search?q=${encodeURIComponent(spelling)}`);
      await expect(status(page), spelling).toHaveText(`${expected.length} paragraphs found.`);
      const links = await resultLinks(page);
      expect(links.map((href) => href.replace(/^\/en\/texts\//, '')).sort(), spelling).toEqual(expected);
      const marks = await results(page).locator('.is-hit mark').allTextContents();
      expect(
        marks.filter((mark) => mark.length <= 3),
        spelling,
      ).toEqual([]);
      await expect(page.locator('.search-entry a'), spelling).toHaveAttribute('href', '/en/glossary/kassym-jomart-tokayev');
    }
    expect(errors).toEqual([]);
  });

  test('a partial name finds its entries; Pagefind’s prefix fallback (“to” for an unknown word) is no hit', async ({ page }) => {
    await page.goto('/en/search?q=Tengiz');
    await expect(status(page)).toHaveText(/paragraphs? found\.$/);
    const entries = await page.locator('.search-entry a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(entries).toEqual(expect.arrayContaining(['/en/glossary/tengizchevroil', '/en/glossary/tengiz-field']));
    await page.goto('/en/search?q=Toxqwv');
    await expect(status(page)).toHaveText('No results for “Toxqwv”.');
  });

  test('the filters narrow the results and stay in the URL', async ({ page }) => {
    await page.goto('/de/search?q=Zhanaozen');
    await expect(status(page)).toHaveText(/gefunden/);
    const all = await resultLinks(page);
    expect(all.some((href) => href.includes('januar-aufstand'))).toBe(true);
    expect(all.some((href) => href.includes('hintergruende'))).toBe(true);

    await page.locator('.search-filters summary').click();
    await page.getByLabel('Text', { exact: true }).selectOption('januar-aufstand');
    await expect(page).toHaveURL(/[?&]text=januar-aufstand/);
    await expect.poll(async () => (await resultLinks(page)).every((href) => href.includes('/januar-aufstand#'))).toBe(true);
    const oneText = await resultLinks(page);
    expect(oneText.length).toBeLessThan(all.length);

    // The language of the hit: English only; the German stays beside it.
    await page.getByLabel('Sprache des Treffers').selectOption('en');
    await expect(page).toHaveURL(/[?&]lang=en/);
    await expect(results(page).first().locator('.is-hit p')).toHaveAttribute('lang', 'en');
    await expect(results(page).first().locator('.is-aligned p')).toHaveAttribute('lang', 'de');

    // A glossary entry without a query: every paragraph where it occurs.
    await page.goto('/de/search?term=tengiz-field');
    const tengiz = await blocksOf(page, 'tengiz-field');
    await expect(status(page)).toHaveText(tengiz.length === 1 ? '1 Absatz gefunden.' : `${tengiz.length} Absätze gefunden.`);
    await expect(page.locator('#search-term')).toHaveValue('tengiz-field');
    expect((await resultLinks(page)).map((href) => href.replace(/^\/de\/texts\//, '')).sort()).toEqual(tengiz);
  });

  test('by keyboard: / focuses the field anywhere, results come as you type, Tab reaches a result, Enter follows it, Escape clears', async ({ page }) => {
    await page.goto('/de/texts/januar-aufstand');
    await page.keyboard.press('/');
    await expect(page.locator('#site-search-q')).toBeFocused();
    await page.keyboard.type('Tengiz');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/de\/search\?q=Tengiz$/);
    await expect(results(page).first()).toBeVisible();

    // On the search page, / focuses the page's own field; typing updates the results without Enter.
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(field(page)).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Massenstreiks', { delay: 30 });
    await expect(page).toHaveURL(/\?q=Massenstreiks$/);
    await expect(results(page).first().locator('.is-hit mark').first()).toHaveText(/^Massenstreik/);

    let reached = false;
    for (let step = 0; step < 12 && !reached; step += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('.search-results') !== null);
    }
    expect(reached).toBe(true);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    expect(href).toMatch(/^\/de\/texts\/[a-z-]+#p\d+[a-z]?$/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

    await page.goBack();
    await page.keyboard.press('/');
    await expect(field(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(field(page)).toHaveValue('');
    await expect(results(page)).toHaveCount(0);
    await expect(page).toHaveURL(/\/de\/search$/);
  });

  test('a query with no hits says so', async ({ page }) => {
    await page.goto('/de/search');
    await field(page).fill('Quarkstrudelxyz');
    await expect(status(page)).toHaveText('Keine Treffer für „Quarkstrudelxyz“.');
    await expect(results(page)).toHaveCount(0);
    await page.goto('/en/search?q=Quarkstrudelxyz');
    await expect(status(page)).toHaveText('No results for “Quarkstrudelxyz”.');
  });

  test('the page loads nothing of the search until the reader starts searching', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    // The page's own script (/search/search.js) loads with it; the index and the glossary names must not.
    const isSearchFile = (path: string) => path.startsWith('/pagefind/') || path === '/search/terms.json';
    await page.goto('/de/search', { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    await expect(field(page)).toBeFocused();
    await page.waitForTimeout(300);
    expect(requested.filter(isSearchFile)).toEqual([]);
    await field(page).fill('Arbeiter');
    await expect(status(page)).toHaveText(/gefunden/);
    expect(requested).toEqual(expect.arrayContaining(['/pagefind/de/pagefind.js', '/pagefind/en/pagefind.js', '/search/terms.json']));
  });

  test('without JavaScript the page says that search needs it and links to the register; the header form still gets there', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/de/texts/hintergruende');
    await page.locator('#site-search-q').fill('Tengiz');
    await page.locator('#site-search-q').press('Enter');
    await expect(page).toHaveURL(/\/de\/search\?q=Tengiz$/);
    await expect(page.getByText('Die Suche braucht JavaScript')).toBeVisible();
    const register = page.getByRole('link', { name: 'Zum Register' });
    await expect(register).toBeVisible();
    await expect(register).toHaveAttribute('href', '/de/glossary');
    await expect(page.locator('#search-form')).toBeHidden();
    await context.close();
  });

  test('axe finds no violation on the search page with results shown', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/de/search?q=Schanga%C3%B6sen');
    await expect(results(page).first()).toBeVisible();
    await page.locator('.search-filters summary').click();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join('; ')})`,
      ),
    ).toEqual([]);
    await page.goto('/en/search');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await context.close();
  });
});
