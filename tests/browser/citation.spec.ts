import { expect, test } from '@playwright/test';

test.describe('page metadata that reference managers read', () => {
  test('/en/texts/januar-aufstand gives a reference manager title, authors, date, language and URL', async ({ page }) => {
    await page.goto('/en/texts/januar-aufstand');
    // Read the tags as Zotero's Embedded Metadata translator does: Highwire first, Dublin Core next.
    const meta = (name: string) => page.locator(`head meta[name="${name}"]`);
    await expect(meta('citation_title')).toHaveAttribute('content', 'The January Uprising and the Mass Strikes in Kazakhstan');
    await expect(meta('citation_author')).toHaveAttribute('content', /Sozialistische Bewegung Kasachstans/);
    await expect(meta('citation_publication_date')).toHaveAttribute('content', '2022/01/24');
    await expect(meta('citation_language')).toHaveAttribute('content', 'en');
    await expect(meta('citation_public_url')).toHaveAttribute('content', /\/en\/texts\/januar-aufstand$/);
    await expect(meta('DC.title')).toHaveAttribute('content', 'The January Uprising and the Mass Strikes in Kazakhstan');
    const contributors = await meta('DC.contributor').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));
    expect(contributors.join('; ')).toContain('Wälz');
    await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'article');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd['@type']).toBe('Article');
    expect(jsonLd.inLanguage).toBe('en');
    expect(JSON.stringify(jsonLd.translator)).toContain('Wälz');
    expect(jsonLd.translationOfWork).toBeDefined();
  });

  test('the German page describes the German version', async ({ page }) => {
    await page.goto('/de/texts/hintergruende');
    await expect(page.locator('head meta[name="citation_title"]')).toHaveAttribute('content', 'Kasachstan – Hintergründe und Zusammenhänge');
    await expect(page.locator('head meta[name="citation_author"]')).toHaveAttribute('content', /Zavatsky/);
    await expect(page.locator('head meta[name="citation_language"]')).toHaveAttribute('content', 'de');
  });
});

test.describe('cite this', () => {
  test('the whole text, without JavaScript, in Chicago, APA and MLA with downloads', async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/de/texts/januar-aufstand');
    await page.getByRole('button', { name: 'Diesen Text zitieren' }).click();
    const dialog = page.getByRole('dialog', { name: /Zitieren/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('[data-cite="chicago"]')).toContainText('Sozialistische Bewegung Kasachstans. „Der Januar-Aufstand und die Massenstreiks in Kasachstan“. Übersetzt von Christoph Wälz.');
    await expect(dialog.locator('[data-cite="apa"]')).toContainText('(2022, 24. Januar)');
    const bib = await (await request.get((await dialog.locator('[data-cite="bib"]').getAttribute('href')) ?? '')).text();
    expect(bib).toMatch(/^@online\{/);
    const ris = await (await request.get((await dialog.locator('[data-cite="ris"]').getAttribute('href')) ?? '')).text();
    expect(ris).toContain('TY  - ');
    await context.close();
  });

  test('a ¶ label cites that paragraph, with the pin-cite, in the interface language', async ({ page }) => {
    await page.goto('/en/texts/januar-aufstand');
    await page.locator('#p12 .row-label').click();
    // The ¶ number opens the ¶ panel; its first button cites the paragraph.
    await page.locator('#para-panel [data-panel="cite"]').click();
    const dialog = page.locator('#cite');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('[data-cite="scope"]')).toHaveText('¶ 12');
    await expect(dialog.locator('[data-cite="chicago-note"]')).toContainText('para. 12');
    await expect(dialog.locator('[data-cite="apa-note"]')).toContainText('para. 12');
    await expect(dialog.locator('[data-cite="mla"]')).toContainText('januar-aufstand#p12');
    await expect(dialog.locator('[data-cite="link"]')).toHaveAttribute('href', /\/en\/texts\/januar-aufstand#p12$/);
    const download = page.waitForEvent('download');
    await dialog.locator('[data-cite="bib"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('januar-aufstand.en.p12.bib');
  });

  test('a shift-click on a second label cites the range', async ({ page }) => {
    await page.goto('/de/texts/januar-aufstand');
    await page.locator('#p12 .row-label').click();
    await page.keyboard.press('Escape');
    await page.locator('#p14 .row-label').click({ modifiers: ['Shift'] });
    const dialog = page.locator('#cite');
    await expect(dialog.locator('[data-cite="scope"]')).toHaveText('¶ 12–14');
    await expect(dialog.locator('[data-cite="chicago-note"]')).toContainText('Abs. 12–14');
    await expect(page).toHaveURL(/#p12-p14$/);
    await expect(page.locator('.row.is-highlighted')).toHaveCount(3);
  });
});

test.describe('copy with citation', () => {
  test('gives the quote, its reference and a link back to the exact words; no ¶ labels or note numbers', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto('/de/texts/hintergruende#p14');
    await page.evaluate(() => {
      const row = document.getElementById('p14');
      const cell = row?.querySelector('.cell[lang="de"]');
      if (!row || !cell) throw new Error('no row');
      const range = document.createRange();
      range.selectNodeContents(row);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    });
    const copied = await page.evaluate(() => {
      const transfer = new DataTransfer();
      const event = new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true });
      document.dispatchEvent(event);
      return transfer.getData('text/plain');
    });
    expect(copied).toContain('Großbritanien 2,4%');
    expect(copied).not.toMatch(/¶ 14/);
    expect(copied).not.toContain('Großbritanien4');
    expect(copied).toContain('Zavatsky');
    expect(copied).toMatch(/\/de\/texts\/hintergruende#p14:~:text=/);
    await context.close();
  });
});
