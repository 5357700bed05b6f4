import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { placeholderHost } from '../helpers/placeholder-hosts';

/**
 * The export served a second time, from 127.0.0.1 on another port: the citations must name the
 * address the page is actually served from (the build has no public address configured).
 */
// Each worker runs this file's tests with a server of its own, on a port the system picks.
let other = '';
let server: Server | undefined;

test.beforeAll(async () => {
  const staticServer = (await import(path.join(process.cwd(), 'scripts/static-server.js'))) as { createStaticServer: (out: string) => Server };
  server = staticServer.createStaticServer(path.join(process.cwd(), 'out'));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the second server has no port');
  other = `http://127.0.0.1:${address.port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

const contents = (page: Page, name: string) => page.locator(`head meta[name="${name}"]`).evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));

test.describe('page metadata that Zotero reads', () => {
  test('januar-aufstand in German: a web page by the organisation, translated by Christoph Wälz, no Highwire', async ({ page }) => {
    await page.goto('/de/texts/januar-aufstand');
    expect(await contents(page, 'z.itemType')).toEqual(['webpage']);
    expect(await contents(page, 'DC.title')).toEqual(['Der Januar-Aufstand und die Massenstreiks in Kasachstan']);
    expect(await contents(page, 'DC.creator')).toEqual(['Sozialistische Bewegung Kasachstans,']);
    expect(await contents(page, 'z.translators')).toEqual(['Wälz, Christoph']);
    expect(await contents(page, 'DC.date')).toEqual(['2026']);
    expect(await page.locator('head meta[name^="citation_"], head meta[name="DC.type"]').count()).toBe(0);
    await expect(page.locator('head meta[property="og:site_name"]')).toHaveAttribute('content', 'Kasachstan 2022 – Zweisprachige Leseausgabe');
  });

  test('in English: translated by the editors; hintergruende in German: no translator', async ({ page }) => {
    await page.goto('/en/texts/januar-aufstand');
    expect(await contents(page, 'z.translators')).toEqual(['Editors of the Kazakhstan 2022 reading edition,']);
    await page.goto('/de/texts/hintergruende');
    expect(await contents(page, 'DC.creator')).toEqual(['Zavatsky, Yana']);
    expect(await contents(page, 'z.translators')).toEqual([]);
  });

  test('the register and the about page are web pages by the editors', async ({ page }) => {
    for (const url of ['/en/glossary', '/de/about']) {
      await page.goto(url);
      expect(await contents(page, 'z.itemType')).toEqual(['webpage']);
      expect((await contents(page, 'DC.creator'))[0]).toMatch(/^(Editors|Redaktion)/);
      expect((await contents(page, 'DC.title'))[0]).not.toMatch(/–/);
    }
  });

  test('no public address is configured: canonical and hreflang links are relative, no invented host', async ({ page }) => {
    await page.goto('/en/texts/januar-aufstand');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', '/en/texts/januar-aufstand');
    await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveAttribute('href', '/de/texts/januar-aufstand');
    expect(await page.content()).not.toMatch(placeholderHost);
  });
});

test.describe('the translation chain on the page', () => {
  test('januar-aufstand names the Russian original and each translation step, in both languages', async ({ page }) => {
    await page.goto('/de/texts/januar-aufstand');
    await expect(page.locator('[data-chain="original"]')).toContainText('Original (Russisch)');
    await expect(page.locator('[data-chain="original"]')).toContainText('www.socialismkz.info, 24. Januar 2022');
    await expect(page.locator('[data-chain-step="ru-de"]')).toHaveText('Russisch → Deutsch: Christoph Wälz');
    await expect(page.locator('[data-chain-step="de-en"]')).toContainText('Deutsch → Englisch: Redaktion der Leseausgabe Kasachstan 2022 (diese Ausgabe, 2026)');
    await page.goto('/en/texts/januar-aufstand');
    await expect(page.locator('[data-chain-step="ru-de"]')).toHaveText('Russian → German: Christoph Wälz');
  });
});

test.describe('cite this', () => {
  test('without JavaScript: the whole text, no access date, downloads of the work without one', async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/de/texts/januar-aufstand');
    await page.getByRole('button', { name: 'Diesen Text zitieren' }).click();
    const dialog = page.getByRole('dialog', { name: /Zitieren/ });
    await expect(dialog.locator('[data-cite="chicago"]')).toContainText(
      'Sozialistische Bewegung Kasachstans. „Der Januar-Aufstand und die Massenstreiks in Kasachstan“. Übersetzt von Christoph Wälz.',
    );
    await expect(dialog).not.toContainText('Zugegriffen');
    const bib = await (await request.get((await dialog.locator('[data-cite="bib"]').getAttribute('href')) ?? '')).text();
    expect(bib).toMatch(/^@online\{januar_aufstand_de,/);
    expect(bib).not.toContain('urldate');
    await context.close();
  });

  test('served from 127.0.0.1 on a faked day: every reference points there, dated that day', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-05-06T10:00:00'));
    await page.goto(`${other}/en/texts/januar-aufstand`);
    await page.locator('#p12 .row-label').click();
    // The ¶ number opens the ¶ panel; its first button cites the paragraph.
    await page.locator('#para-panel [data-panel="cite"]').click();
    const dialog = page.locator('#cite');
    await expect(dialog).toBeVisible();
    const work = `${other}/en/texts/januar-aufstand`;
    await expect(dialog.locator('[data-cite="scope"]')).toHaveText('¶ 12');
    await expect(dialog.locator('[data-cite="link"]')).toHaveAttribute('href', `${work}#p12`);
    await expect(dialog.locator('[data-cite="chicago-note"]')).toContainText(
      `Sozialistische Bewegung Kasachstans, “The January Uprising and the Mass Strikes in Kazakhstan,” trans. Editors of the Kazakhstan 2022 reading edition, Kazakhstan 2022 – A Bilingual Reading Edition, 2026, para. 12, accessed May 6, 2027, ${work}.`,
    );
    await expect(dialog.locator('[data-cite="chicago-short"]')).toHaveText('Later notes: Sozialistische Bewegung Kasachstans, “January Uprising,” para. 12.');
    await expect(dialog.locator('[data-cite="chicago"]')).toContainText(`Accessed May 6, 2027. ${work}. Original: Russian, www.socialismkz.info, January 24, 2022.`);
    await expect(dialog.locator('[data-cite="apa"]')).toContainText(`Retrieved May 6, 2027, from ${work}`);
    await expect(dialog.locator('[data-cite="mla"]')).toContainText('Accessed 6 May 2027.');
    await expect(dialog.locator('[data-cite="pincite"]')).toHaveText('\\autocite[¶~12]{januar_aufstand_en} · [@januar_aufstand_en, para. 12]');
    await expect(dialog).not.toContainText('{origin}');
    await expect(dialog).not.toContainText('{accessed}');

    const download = page.waitForEvent('download');
    await dialog.locator('[data-cite="bib"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('januar-aufstand.en.bib');
    const bib = readFileSync((await file.path()) ?? '', 'utf8');
    expect(bib).toContain('@online{januar_aufstand_en,');
    expect(bib).toContain('urldate = {2027-05-06}');
    expect(bib).toContain(`url = {${work}}`);
    expect(bib).toContain('translator = {{Editors of the Kazakhstan 2022 reading edition}}');
  });

  test('a ¶ and a range cite the same work: same downloads, the ¶ as pin-cite', async ({ page }) => {
    await page.goto('/de/texts/januar-aufstand');
    await page.locator('#p12 .row-label').click();
    const dialog = page.locator('#cite');
    const single = await dialog.locator('[data-cite="chicago"]').textContent();
    await page.locator('#p14 .row-label').click({ modifiers: ['Shift'] });
    await expect(dialog.locator('[data-cite="scope"]')).toHaveText('¶ 12–14');
    await expect(dialog.locator('[data-cite="chicago-note"]')).toContainText('Abs. 12–14');
    await expect(dialog.locator('[data-cite="chicago"]')).toHaveText(single ?? '');
    await expect(dialog.locator('[data-cite="bib"]')).toHaveAttribute('download', 'januar-aufstand.de.bib');
    await expect(page).toHaveURL(/#p12-p14$/);
  });
});

test.describe('citing a range (issue 11: frictions)', () => {
  test('the cite popover leaves the next ¶ labels uncovered, so a shift-click reaches them', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/en/texts/januar-aufstand?view=parallel');
    await page.locator('#p12 .row-label').click();
    await page.locator('#para-panel [data-panel="cite"]').click();
    const dialog = page.locator('#cite');
    await expect(dialog).toBeVisible();
    const box = await dialog.boundingBox();
    for (const id of ['p13', 'p14']) {
      const label = await page.locator(`#${id} .row-label`).boundingBox();
      if (!box || !label) throw new Error('no boxes');
      const overlaps = label.x < box.x + box.width && label.x + label.width > box.x && label.y < box.y + box.height && label.y + label.height > box.y;
      expect(overlaps, `${id}'s label is covered by the cite popover`).toBe(false);
    }
    await page.locator('#p13 .row-label').click({ modifiers: ['Shift'] });
    await expect(dialog.locator('[data-cite="scope"]')).toHaveText('¶ 12–13');
  });

  test('Escape closes the citation and gives focus back to the ¶ label', async ({ page }) => {
    await page.goto('/de/texts/januar-aufstand');
    await page.locator('#p12 .row-label').click();
    await page.locator('#para-panel [data-panel="cite"]').click();
    await expect(page.locator('#cite')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#cite')).toBeHidden();
    await expect(page.locator('#p12 .row-label')).toBeFocused();
  });

  test('on a touch phone, without shift: a visible “Extend to ¶” control makes the range', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/en/texts/januar-aufstand');
    await page.locator('#p12 .row-label').tap();
    await page.locator('#para-panel [data-panel="cite"]').tap();
    const dialog = page.locator('#cite');
    const extend = dialog.getByRole('button', { name: 'Extend to ¶ 13' });
    await expect(extend).toBeVisible();
    await extend.tap();
    await expect(dialog.locator('[data-cite="scope"]')).toHaveText('¶ 12–13');
    await dialog.getByRole('button', { name: 'Extend to ¶ 14' }).tap();
    await expect(dialog.locator('[data-cite="scope"]')).toHaveText('¶ 12–14');
    await expect(dialog.locator('[data-cite="apa-note"]')).toContainText('paras. 12–14');
    await expect(page).toHaveURL(/#p12-p14$/);
    await context.close();
  });
});

test.describe('copy with citation', () => {
  /** Selects ¶ 14 and copies it, as the browser's copy would; returns the plain text put on the clipboard. */
  const copyParagraph = (page: Page) =>
    page.evaluate(() => {
      const row = document.getElementById('p14');
      if (!row) throw new Error('no row');
      const range = document.createRange();
      range.selectNodeContents(row);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      const transfer = new DataTransfer();
      document.dispatchEvent(new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }));
      return transfer.getData('text/plain');
    });

  test('gives the quote, its reference and a link back to the exact words; no ¶ labels or note numbers', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${other}/de/texts/hintergruende#p14`);
    const copied = await copyParagraph(page);
    expect(copied).toContain('Großbritanien 2,4%');
    expect(copied).not.toMatch(/¶ 14/);
    expect(copied).toContain('Zavatsky');
    expect(copied).toContain(`${other}/de/texts/hintergruende#p14:~:text=`);
    expect(copied).not.toContain('{origin}');
    await context.close();
  });

  test('once the citation data has arrived (fetched when idle): the Chicago entry, dated today', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-05-06T10:00:00'));
    const arrived = page.waitForResponse((response) => response.url().endsWith('/reader/hintergruende.de.json'));
    await page.goto(`${other}/de/texts/hintergruende`);
    await arrived;
    await expect.poll(() => copyParagraph(page)).toContain(`Zugegriffen am 6. Mai 2027. ${other}/de/texts/hintergruende.`);
  });

  test('before the citation data has arrived: a correct reference from the page’s metadata, and the data is asked for', async ({ page }) => {
    let asked = 0;
    await page.route('**/reader/*.json', (route) => {
      asked += 1;
      return route.abort();
    });
    await page.goto(`${other}/de/texts/hintergruende`);
    const before = asked;
    const copied = await copyParagraph(page);
    expect(copied).toContain('Großbritanien 2,4%');
    expect(copied).toContain('\n\nZavatsky, Yana. „');
    expect(copied).toContain(`“. Kasachstan 2022 – Zweisprachige Leseausgabe, 2026. ${other}/de/texts/hintergruende\n`);
    expect(copied).toContain(`${other}/de/texts/hintergruende#p14:~:text=`);
    expect(copied).not.toContain('Zugegriffen');
    await expect.poll(() => asked).toBeGreaterThan(before);
  });
});
