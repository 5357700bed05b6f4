import { expect, test } from '@playwright/test';

const reader = '/de/texts/januar-aufstand';

test.describe('glossary popovers', () => {
  test('open by click and close with Escape, focus back on the term', async ({ page }) => {
    await page.goto(`${reader}#p17`);
    const term = page.locator('#p17 .cell[lang="de"] [data-term="tengizchevroil"]');
    await term.click();
    const popover = page.locator('#pop-term-tengizchevroil');
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('Tengizchevroil');
    await expect(popover.getByRole('link', { name: 'Im Register' })).toHaveAttribute('href', '/de/glossary/tengizchevroil');
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
  });

  test('open from the keyboard with Enter and Space', async ({ page }) => {
    await page.goto(`${reader}#p17`);
    const term = page.locator('#p17 .cell[lang="en"] [data-term="chevron"]');
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#pop-term-chevron')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#pop-term-chevron')).toBeHidden();
    await expect(term).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator('#pop-term-chevron')).toBeVisible();
  });

  test('every spelling of Zhanaozen opens the same entry, in both languages', async ({ page }) => {
    await page.goto('/de/texts/hintergruende');
    const spellings = await page.locator('[data-term="zhanaozen"]').allTextContents();
    expect(new Set(spellings)).toEqual(new Set(['Schangaösen', 'Schangaöseng', 'Zhanaozen']));
    for (const trigger of await page.locator('[data-term="zhanaozen"]').all()) {
      await expect(trigger).toHaveAttribute('popovertarget', 'pop-term-zhanaozen');
    }
  });

  test('a hover preview opens, can be hovered, and closes when the pointer leaves both', async ({ page }) => {
    await page.goto(`${reader}#p17`);
    const term = page.locator('#p17 .cell[lang="de"] [data-term="chevron"]');
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
    await page.goto(`${reader}#p20`);
    await page.locator('#p20 .cell[lang="de"] [data-term="zhanaozen"]').tap();
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
  test('a numbered marker opens the note; the note has its own permalink', async ({ page }) => {
    await page.goto('/de/texts/hintergruende#p14');
    const marker = page.locator('#p14 .cell[lang="de"] .note-marker button');
    await expect(marker).toHaveAttribute('aria-label', /^Anmerkung \d+$/);
    await marker.click();
    const popover = page.locator('#pop-note-sic-grossbritanien');
    await expect(popover).toContainText('[sic] für Großbritannien');
    await popover.getByRole('link', { name: 'Link zu dieser Anmerkung' }).click();
    await expect(page).toHaveURL(/#note-sic-grossbritanien$/);
    await expect(page.locator('#note-sic-grossbritanien')).toBeInViewport();
  });

  test('the same note has the same number in both columns', async ({ page }) => {
    await page.goto('/de/texts/hintergruende#p14');
    const numbers = await page.locator('#p14 .note-marker button').allTextContents();
    expect(numbers.length).toBe(2);
    expect(numbers[0]).toBe(numbers[1]);
  });
});

test.describe('gloss language', () => {
  test('one switch flips every gloss and note body, is remembered, and sets the popover’s lang', async ({ page }) => {
    await page.goto(`${reader}#p17`);
    await page.locator('label[for="gloss-en"]').click();
    await page.locator('#p17 .cell[lang="de"] [data-term="chevron"]').click();
    const popover = page.locator('#pop-term-chevron');
    await expect(popover.locator('.gloss.gloss-en')).toBeVisible();
    await expect(popover.locator('.gloss.gloss-de')).toBeHidden();
    await expect(popover).toHaveAttribute('lang', 'en');
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
    await page.goto(`${reader}#p17`);
    await page.locator('#p17 .cell[lang="de"] [data-term="tengizchevroil"]').click();
    await expect(page.locator('#pop-term-tengizchevroil')).toBeVisible();
    await context.close();
  });
});
