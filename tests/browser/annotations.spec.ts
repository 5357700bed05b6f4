import { expect, test } from '@playwright/test';

const reader = '/de/texts/januar-aufstand';

test.describe('glossary popovers', () => {
  test('open by click and close with Escape, focus back on the term', async ({ page }) => {
    await page.goto(`${reader}#p10`);
    const term = page.locator('#p10 .cell[lang="de"] [data-term="tengizchevroil"]');
    await term.click();
    const popover = page.locator('#pop-term-tengizchevroil');
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('Tengizchevroil');
    // The headword links to the entry's page in the register.
    await expect(popover.getByRole('link', { name: 'Tengizchevroil' })).toHaveAttribute('href', '/de/glossary/tengizchevroil');
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
  });

  test('open from the keyboard with Enter and Space', async ({ page }) => {
    await page.goto(`${reader}#p10`);
    const term = page.locator('#p10 .cell[lang="en"] [data-term="chevron"]');
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#pop-term-chevron')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#pop-term-chevron')).toBeHidden();
    await expect(term).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator('#pop-term-chevron')).toBeVisible();
  });

  test('with every name marked, every spelling of Zhanaozen opens the same entry, in both languages', async ({ page }) => {
    await page.goto('/de/texts/hintergruende?marks=every');
    const spellings = (await page.locator('[data-term="zhanaozen"]').allTextContents()).map((text) => text.replaceAll('\u00AD', ''));
    expect(new Set(spellings)).toEqual(new Set(['Schangaösen', 'Schangaöseng', 'Zhanaozen']));
    for (const trigger of await page.locator('[data-term="zhanaozen"]').all()) {
      await expect(trigger).toHaveAttribute('popovertarget', 'pop-term-zhanaozen');
    }
  });

  test('a hover preview opens, can be hovered, and closes when the pointer leaves both', async ({ page }) => {
    await page.goto(`${reader}#p10`);
    const term = page.locator('#p10 .cell[lang="de"] [data-term="chevron"]');
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
    await page.locator('#p12 .cell[lang="de"] [data-term="zhanaozen"]').tap();
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
    await expect(marker).toHaveAttribute('aria-label', /^Anmerkung \d+$/);
    await marker.click();
    const popover = page.locator('#note-sic-grossbritanien');
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('[sic] für Großbritannien');
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await page.goto('/de/texts/hintergruende#note-sic-grossbritanien');
    await expect(popover).toBeVisible();
    await expect(page.locator('#p14 .cell[lang="de"] .note-marker')).toBeInViewport();
  });

  test('each note body is in the page once: the popover, which also prints as an endnote', async ({ page }) => {
    await page.goto('/de/texts/hintergruende');
    await expect(page.getByText('[sic] für Großbritannien')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#note-sic-grossbritanien')).toBeVisible();
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
    await page.locator('#p10 .cell[lang="de"] [data-term="chevron"]').click();
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
  test('popovers still open from their buttons', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${reader}#p10`);
    await page.locator('#p10 .cell[lang="de"] [data-term="tengizchevroil"]').click();
    await expect(page.locator('#pop-term-tengizchevroil')).toBeVisible();
    await context.close();
  });

  test('a note marker shows its note (the permalink as :target)', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/de/texts/hintergruende#p14');
    await page.locator('#p14 .cell[lang="de"] .note-marker').click();
    await expect(page.locator('#note-sic-grossbritanien')).toBeVisible();
    await expect(page.locator('#note-sic-grossbritanien')).toContainText('[sic] für Großbritannien');
    await context.close();
  });
});
