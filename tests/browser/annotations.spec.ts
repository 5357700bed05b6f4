import { expect, test } from '@playwright/test';

const reader = '/de/texts/januar-aufstand';

test.describe('glossary popovers', () => {
  test('open by click and close with Escape, focus back on the term', async ({ page }) => {
    await page.goto(`${reader}#p10`);
    const term = page.locator('#p10 .cell[lang="de"] [href$="/glossary/tengizchevroil"]');
    await term.click();
    const popover = page.locator('#pop-term-tengizchevroil');
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('Tengizchevroil');
    // The headword links to the entry's page in the register.
    await expect(popover.getByRole('link', { name: 'Tengizchevroil' })).toHaveAttribute('href', '/de/glossary/tengizchevroil');
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
  });

  test('a marked term is a link to its entry; Enter opens its popover instead, Escape closes it and the focus stays on the term', async ({ page }) => {
    await page.goto(`${reader}#p10`);
    const term = page.getByRole('link', { name: 'Chevron', exact: true }).and(page.locator('#p10 .cell[lang="en"] .term'));
    await expect(term).toHaveAttribute('href', '/de/glossary/chevron');
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/de\/texts\/januar-aufstand#p10$/);
    await expect(page.locator('#pop-term-chevron')).toBeVisible();
    await expect(page.locator('#pop-term-chevron')).toHaveAttribute('role', 'dialog');
    await expect(page.locator('#pop-term-chevron')).toHaveAccessibleName('Chevron');
    await page.keyboard.press('Escape');
    await expect(page.locator('#pop-term-chevron')).toBeHidden();
    await expect(term).toBeFocused();
  });

  test('a modified click on a term follows its link to the entry', async ({ page, context }) => {
    await page.goto(`${reader}#p10`);
    const opened = context.waitForEvent('page');
    await page.locator('#p10 .cell[lang="de"] [href$="/glossary/tengizchevroil"]').click({ modifiers: ['ControlOrMeta'] });
    const entry = await opened;
    await expect(entry).toHaveURL(/\/de\/glossary\/tengizchevroil$/);
    await expect(page).toHaveURL(/\/de\/texts\/januar-aufstand#p10$/);
  });

  test('the glosses are not in the page: they come from the reader’s annotations file, fetched once', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/reader/')) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto(`${reader}#p10`);
    await expect(page.locator('[popover].popover--term, [popover].popover--note')).toHaveCount(0);
    await page.locator('#p10 .cell[lang="de"] [href$="/glossary/tengizchevroil"]').click();
    await expect(page.locator('#pop-term-tengizchevroil')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.locator('#p10 .cell[lang="en"] [href$="/glossary/chevron"]').click();
    await expect(page.locator('#pop-term-chevron')).toBeVisible();
    expect(fetched).toEqual(['/reader/januar-aufstand.de.json']);
  });

  test('with every name marked, every spelling of Zhanaozen opens the same entry, in both languages', async ({ page }) => {
    await page.goto('/de/texts/hintergruende?marks=every');
    const spellings = (await page.locator('[href$="/glossary/zhanaozen"]').allTextContents()).map((text) => text.replaceAll('\u00AD', ''));
    expect(new Set(spellings)).toEqual(new Set(['Schangaösen', 'Schangaöseng', 'Zhanaozen']));
    for (const trigger of await page.locator('[href$="/glossary/zhanaozen"]').all()) {
      await expect(trigger).toHaveAttribute('href', '/de/glossary/zhanaozen');
    }
    await page.locator('.term--added[href$="/glossary/zhanaozen"]').first().click();
    await expect(page.locator('#pop-term-zhanaozen')).toBeVisible();
  });

  test('a hover preview opens, can be hovered, and closes when the pointer leaves both', async ({ page }) => {
    await page.goto(`${reader}#p10`);
    const term = page.locator('#p10 .cell[lang="de"] [href$="/glossary/chevron"]');
    const popover = page.locator('#pop-term-chevron');
    await term.hover();
    await expect(popover).toBeVisible();
    await popover.hover();
    await page.waitForTimeout(500);
    await expect(popover).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(popover).toBeHidden();
  });

  test('on a phone, a tap opens the popover as a bottom sheet inside the screen', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${reader}#p12`);
    await page.locator('#p12 .cell[lang="de"] [href$="/glossary/zhanaozen"]').tap();
    const box = await page.locator('#pop-term-zhanaozen').boundingBox();
    expect(box?.x).toBe(0);
    expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(844);
    await context.close();
  });

  test('never off-screen on a desktop', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto(`${reader}#p41`);
    const terms = page.locator('#p41 .cell[lang="en"] .term');
    await terms.last().click();
    const popover = page.locator('.popover:popover-open');
    const box = await popover.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? -1) >= 0 && (box?.y ?? -1) >= 0).toBe(true);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1280);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(700);
  });
});

test.describe('editor’s notes', () => {
  test('a numbered marker opens the note; the note’s permalink opens it too', async ({ page }) => {
    await page.goto('/de/texts/hintergruende#p14');
    const marker = page.locator('#p14 .cell[lang="de"] .note-marker');
    // Read as “Anmerkung 4” (the word in the page, visually hidden), seen as its number.
    await expect(marker).toHaveAccessibleName(/^Anmerkung \d+$/);
    const word = marker.locator('.visually-hidden');
    await expect(word).toHaveText('Anmerkung ');
    expect((await word.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    await expect(marker).toHaveAttribute('href', '/de/texts/hintergruende/notes#note-sic-grossbritanien');
    await marker.click();
    const popover = page.locator('#pop-note-sic-grossbritanien');
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('[sic] für Großbritannien');
    await expect(popover).toHaveAttribute('role', 'dialog');
    await expect(popover).toHaveAccessibleName(/^Anmerkung \d+$/);
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(marker).toBeFocused();
    await page.goto('/de/texts/hintergruende#note-sic-grossbritanien');
    await expect(popover).toBeVisible();
    await expect(page.locator('#p14 .cell[lang="de"] .note-marker')).toBeInViewport();
  });

  test('no note body is in the page; once the annotations have loaded, print shows every note as an endnote', async ({ page }) => {
    const loaded = page.waitForResponse((response) => response.url().endsWith('/reader/hintergruende.de.json'));
    await page.goto('/de/texts/hintergruende');
    await expect(page.getByText('[sic] für Großbritannien')).toHaveCount(0);
    // Fetched when the browser is idle after the load, without a click; the script reads it a moment
    // after it has arrived, so print again until the notes are there.
    await loaded;
    await page.emulateMedia({ media: 'print' });
    await expect
      .poll(async () => {
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        return page.locator('#pop-note-sic-grossbritanien').count();
      })
      .toBe(1);
    await expect(page.locator('#pop-note-sic-grossbritanien')).toBeVisible();
    const endnotes = page.locator('.popovers.notes .popover--note');
    expect(await endnotes.count()).toBeGreaterThan(50);
    await expect(page.locator('.notes-elsewhere')).toBeHidden();
  });

  test('the same note has the same number in both columns', async ({ page }) => {
    await page.goto('/de/texts/hintergruende#p14');
    const numbers = await page.locator('#p14 .note-marker').allTextContents();
    expect(numbers.length).toBe(2);
    expect(numbers[0]).toBe(numbers[1]);
  });
});

test.describe('gloss language', () => {
  test('one switch flips every gloss and note body, each in its own lang, and is remembered', async ({ page }) => {
    await page.goto(`${reader}#p10`);
    await page.locator('label[for="gloss-en"]').click();
    await page.locator('#p10 .cell[lang="de"] [href$="/glossary/chevron"]').click();
    const popover = page.locator('#pop-term-chevron');
    await expect(popover.locator('.gloss.gloss-en')).toBeVisible();
    await expect(popover.locator('.gloss.gloss-en')).toHaveAttribute('lang', 'en');
    await expect(popover.locator('.gloss.gloss-de')).toBeHidden();
    await page.goto('/de/texts/hintergruende');
    await expect(page.locator('#gloss-en')).toBeChecked();
  });

  test('defaults to the interface language', async ({ page }) => {
    await page.goto('/en/texts/januar-aufstand');
    await expect(page.locator('#gloss-en')).toBeChecked();
  });
});

test.describe('without JavaScript', () => {
  test('a marked term leads to its register entry', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${reader}#p10`);
    await page.locator('#p10 .cell[lang="de"] [href$="/glossary/tengizchevroil"]').click();
    await expect(page).toHaveURL(/\/de\/glossary\/tengizchevroil$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tengizchevroil');
    await context.close();
  });

  test('a note marker leads to the note on the text’s notes page, which links back to its ¶', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/de/texts/hintergruende#p14');
    await page.locator('#p14 .cell[lang="de"] .note-marker').click();
    await expect(page).toHaveURL(/\/de\/texts\/hintergruende\/notes#note-sic-grossbritanien$/);
    const note = page.locator('#note-sic-grossbritanien');
    await expect(note).toBeInViewport();
    await expect(note.locator('[lang="de"]')).toContainText('[sic] für Großbritannien');
    await expect(note.locator('[lang="en"]')).not.toBeEmpty();
    await expect(note.getByRole('heading')).toHaveText(/^Anmerkung \d+ · Korrektur$/);
    await note.getByRole('link', { name: 'Zu Abs. 14 im Text' }).click();
    await expect(page).toHaveURL(/\/de\/texts\/hintergruende#p14$/);
    await context.close();
  });

  test('in print, a line says where the notes are', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/de/texts/hintergruende');
    await expect(page.locator('.notes-elsewhere')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.notes-elsewhere')).toBeVisible();
    await expect(page.locator('.notes-elsewhere')).toContainText('/de/texts/hintergruende/notes');
    await context.close();
  });

  test('a note’s permalink on the reader page lands on its number', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/de/texts/hintergruende#note-sic-grossbritanien');
    await expect(page.locator('#p14 .cell[lang="de"] .note-marker')).toBeInViewport();
    await context.close();
  });
});
