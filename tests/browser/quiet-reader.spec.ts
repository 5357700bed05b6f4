import { expect, test, type Page } from '@playwright/test';

/** Issue #11: mark sparingly, reach everything in two steps, and the reading frictions. */
const reader = '/de/texts/hintergruende';

test.describe('marking policy', () => {
  test('a name is marked at its first occurrence; names every reader knows are not marked; the rest is plain text', async ({ page }) => {
    await page.goto('/de/texts/januar-aufstand');
    await expect(page.locator('.rows .cell[lang="de"] .term[href$="/glossary/tengizchevroil"]')).toHaveCount(1);
    await expect(page.locator('.rows .cell[lang="en"] .term[href$="/glossary/tengizchevroil"]')).toHaveCount(1);
    await expect(page.locator('.rows [href$="/glossary/kazakhstan"]')).toHaveCount(0);
    await expect(page.locator('.rows .cell[lang="de"]').filter({ hasText: 'Kasachstan' }).first()).toBeVisible();
  });

  test('“Mark every name” marks them all, is in the address and remembered, and goes back', async ({ page }) => {
    await page.goto(reader);
    await page.locator('label[for="marks-every"]').click();
    await expect(page).toHaveURL(/[?&]marks=every/);
    expect(await page.locator('.rows .term[href$="/glossary/kazakhstan"]').count()).toBeGreaterThan(40);
    await expect(page.getByRole('link', { name: 'Sprache der Oberfläche' })).toHaveAttribute('href', /marks=every/);
    await page.goto(reader);
    await expect(page.locator('#marks-every')).toBeChecked();
    expect(await page.locator('.rows .term[href$="/glossary/kazakhstan"]').count()).toBeGreaterThan(40);
    await page.locator('label[for="marks-first"]').click();
    await expect(page.locator('.rows .term[href$="/glossary/kazakhstan"]')).toHaveCount(0);
    await expect(page).not.toHaveURL(/marks=/);
  });
});

test.describe('“Mark every name” without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the control is a pair of links; the every-name page marks every occurrence as a link to its entry', async ({ page }) => {
    await page.goto(reader);
    await expect(page.locator('.mark-switch')).toBeHidden();
    const links = page.locator('.mark-links a');
    await expect(links).toHaveText(['Einmal markiert', 'Jeden Namen markieren']);
    await expect(links.first()).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('.rows [href$="/glossary/kazakhstan"]')).toHaveCount(0);
    await links.last().click();
    await expect(page).toHaveURL(/\/de\/texts\/hintergruende\/every-name$/);
    await expect(page.locator('.mark-links a').last()).toHaveAttribute('aria-current', 'page');
    const every = page.locator('.rows .term[href$="/glossary/kazakhstan"]');
    expect(await every.count()).toBeGreaterThan(40);
    // The names the policy marks stay plain `.term`s; the others are the same links as the script adds.
    await expect(page.locator('.rows .term--added[href$="/glossary/kazakhstan"]')).toHaveCount(await every.count());
    await expect(page.locator('.rows .cell[lang="de"] .term:not(.term--added)[href$="/glossary/kazcent"]')).toHaveCount(1);
    await every.first().click();
    await expect(page).toHaveURL(/\/de\/glossary\/kazakhstan$/);
  });
});

test.describe('what needs the script is the script’s (issue #11: the page carries only what works without it)', () => {
  test('without JavaScript: no promise of highlighting, no keyboard shortcuts, a cite box of the whole text without buttons', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(reader);
    await expect(page.locator('.reading-hint')).toBeHidden();
    await expect(page.locator('#view-de')).not.toHaveAttribute('aria-describedby', /./);
    await page.getByRole('button', { name: 'Diesen Text zitieren' }).click();
    const cite = page.locator('#cite');
    await expect(cite).toBeVisible();
    await expect(cite.locator('[data-cite="chicago"]')).toContainText('Zavatsky, Yana. „Kasachstan – Hintergründe und Zusammenhänge“');
    await expect(cite.locator('[data-copy], [data-cite="extend"], .cite-hint')).toHaveCount(0);
    await expect(page.locator('#para-panel, #reader-toast')).toHaveCount(0);
    await context.close();
  });

  test('with it: the shortcuts describe the view switch, the cite box gets its buttons and hint, the ¶ panel and the toast exist once used', async ({ page }) => {
    await page.goto(reader);
    await expect(page.locator('.reading-hint')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Deutsch' }).first()).toHaveAccessibleDescription(/^Taste V wechselt die Ansicht\. J und K/);
    await page.getByRole('button', { name: 'Diesen Text zitieren' }).click();
    const cite = page.locator('#cite');
    await expect(cite.locator('[data-copy]')).toHaveText(['Kopieren', 'Kopieren', 'Kopieren']);
    await expect(cite.locator('.cite-hint')).toContainText('Ein Klick auf eine Absatznummer zitiert diesen Absatz');
    await page.keyboard.press('Escape');
    await expect(page.locator('#para-panel')).toHaveCount(0);
    await page.locator('#p30 .row-label').click();
    await expect(page.locator('#para-panel')).toHaveCount(1);
    await expect(page.locator('#para-panel')).toHaveAccessibleName(/^¶ 30: Namen, Anmerkungen, Zitieren$/);
    await page.goto(`${reader}#p12-p14`);
    await expect(page.locator('#reader-toast')).toBeVisible();
    await expect(page.locator('#reader-toast')).toContainText('Abs. 12–14 hervorgehoben.');
    await expect(page.getByRole('button', { name: 'Meldung schließen' })).toBeVisible();
  });
});

test.describe('the every-name page with JavaScript', () => {
  test('starts with every name marked whatever was stored, and “Marked once” unmarks the added ones', async ({ page }) => {
    await page.goto(reader);
    await page.evaluate(() => localStorage.setItem('edition:marks', 'first'));
    await page.goto(`${reader}/every-name`);
    await expect(page.locator('#marks-every')).toBeChecked();
    expect(await page.locator('.rows .term[href$="/glossary/kazakhstan"]').count()).toBeGreaterThan(40);
    await page.locator('label[for="marks-first"]').click();
    await expect(page.locator('.rows .term[href$="/glossary/kazakhstan"]')).toHaveCount(0);
    await expect(page.locator('.rows .cell[lang="de"] .term[href$="/glossary/kazcent"]')).toHaveCount(1);
  });
});

test.describe('the ¶ panel: every name and note of a paragraph in two steps', () => {
  test('names (marked or not) and notes of ¶ 30, each opening its gloss or note', async ({ page }) => {
    await page.goto(`${reader}#p30`);
    await page.locator('#p30 .row-label').click();
    const panel = page.locator('#para-panel');
    await expect(panel).toBeVisible();
    await expect(panel.locator('#para-panel-title')).toHaveText(/30/);
    const names = panel.locator('[data-panel="names"] button');
    await expect(names).toHaveText(['Kasachstan', 'NATO', 'KAZCENT', 'Zentralasien']);
    await names.filter({ hasText: 'Zentralasien' }).click();
    await expect(page.locator('#pop-term-central-asia')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel.locator('[data-panel="notes"] button')).toHaveCount(2);
    await panel.locator('[data-panel="notes"] button').first().click();
    await expect(page.locator('.popover--note:popover-open')).toHaveCount(1);
  });

  test('from the keyboard: J to the next ¶, Enter opens its panel, Escape returns to the ¶ number', async ({ page }) => {
    await page.goto(`${reader}#p29`);
    await page.keyboard.press('j');
    const label = page.locator('#p30 .row-label');
    await expect(label).toBeFocused();
    await page.keyboard.press('k');
    await expect(page.locator('#p29 .row-label')).toBeFocused();
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await expect(page.locator('#para-panel')).toBeVisible();
    await expect(page.locator('#para-panel [data-panel="cite"]')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('#para-panel')).toBeHidden();
    await expect(label).toBeFocused();
  });

  test('a skip link leads to the text', async ({ page }) => {
    await page.goto(reader);
    const skip = page.getByRole('link', { name: 'Zum Text springen' });
    await skip.focus();
    await expect(skip).toBeInViewport();
    await skip.press('Enter');
    await expect(page).toHaveURL(/#text-start$/);
    await expect(page.locator('#text-start')).toBeFocused();
  });
});

test.describe('frictions', () => {
  test('the landing message is announced, shown briefly, and goes on scroll or with its close button', async ({ page }) => {
    await page.goto(`${reader}#p41-p43`);
    const toast = page.locator('#reader-toast');
    await expect(page.getByRole('status')).toHaveText('Abs. 41–43 hervorgehoben.');
    await expect(toast).toBeVisible();
    await page.waitForTimeout(800);
    await page.mouse.wheel(0, 400);
    await expect(toast).toBeHidden();
    await expect(page.getByRole('status')).toHaveText('Abs. 41–43 hervorgehoben.');
    await page.goto(`${reader}#p50-p52`);
    await expect(toast).toBeVisible();
    await toast.getByRole('button', { name: 'Meldung schließen' }).click();
    await expect(toast).toBeHidden();
  });

  test('on a first visit the view button of the layout shown looks chosen', async ({ browser }) => {
    for (const [width, view] of [
      [1280, 'parallel'],
      [390, 'interleaved'],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(reader);
      const chosen = await page.locator(`label[for="view-${view}"]`).evaluate((label) => getComputedStyle(label).backgroundColor);
      const other = await page.locator('label[for="view-de"]').evaluate((label) => getComputedStyle(label).backgroundColor);
      expect(chosen).not.toBe(other);
      await context.close();
    }
  });

  async function splitLines(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const problems: string[] = [];
      // A marked name is an inline link: no line may start or end between it and the bracket, quote
      // or stop that touches it.
      const charBox = (node: Text, index: number) => {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        return range.getBoundingClientRect();
      };
      for (const term of document.querySelectorAll<HTMLElement>('.rows .term')) {
        const boxes = [...term.getClientRects()];
        const first = boxes[0];
        const last = boxes.at(-1);
        if (!first || !last) continue;
        const before = term.previousSibling;
        const after = term.nextSibling;
        if (before instanceof Text && /[([{„“‚‘«»‹›"']$/u.test(before.data)) {
          const box = charBox(before, before.data.length - 1);
          if (Math.abs(box.bottom - first.bottom) > box.height / 2) problems.push(`split: ${before.data.slice(-1)}|${term.textContent}`);
        }
        if (after instanceof Text && /^[)\]}“”‘’«»‹›"'.,;:!?…%]/u.test(after.data)) {
          const box = charBox(after, 0);
          if (Math.abs(box.bottom - last.bottom) > box.height / 2) problems.push(`split: ${term.textContent}|${after.data.slice(0, 1)}`);
        }
      }
      for (const marker of document.querySelectorAll<HTMLElement>('.rows .note-marker')) {
        const rect = marker.getBoundingClientRect();
        if (rect.width === 0) continue;
        // The character before the marker, on the same line and touching it.
        const cell = marker.closest('.cell');
        if (!cell) continue;
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        let previous: Text | null = null;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (marker.contains(node)) break;
          if ((node as Text).data.length > 0) previous = node as Text;
        }
        if (!previous) continue;
        const range = document.createRange();
        range.setStart(previous, previous.data.length - 1);
        range.setEnd(previous, previous.data.length);
        const char = range.getBoundingClientRect();
        if (Math.abs(char.bottom - rect.bottom) > char.height) problems.push(`note ${marker.textContent} starts a line`);
        else if (rect.left - char.right > 3) problems.push(`note ${marker.textContent} stands ${Math.round(rect.left - char.right)} px from its word`);
      }
      return problems;
    });
  }

  test('no line break parts a bracket or quote from its name, or a note number from its word', async ({ browser }) => {
    for (const [width, view] of [
      [1280, 'parallel'],
      [390, 'parallel'],
      [390, 'de'],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`/de/texts/januar-aufstand?view=${view}`);
      expect(await splitLines(page), `${width} px, ${view}`).toEqual([]);
      await context.close();
    }
  });

  test('the gloss switch switches an open note in place, label included', async ({ page }) => {
    await page.goto(`${reader}#p14`);
    await page.locator('#p14 .cell[lang="de"] .note-marker').click();
    const popover = page.locator('#pop-note-sic-grossbritanien');
    await expect(popover).toBeVisible();
    const label = (lang: string) => popover.locator(`.gloss-${lang}`).evaluate((body) => getComputedStyle(body, '::before').content);
    expect(await label('de')).toContain('Anmerkung 4 · Korrektur');
    await page.locator('label[for="gloss-en"]').click();
    await expect(popover).toBeVisible();
    await expect(popover.locator('.gloss-en')).toBeVisible();
    expect(await label('en')).toContain('Note 4 · Correction');
  });

  test('note numbers and ¶ numbers are tap targets of at least 24 × 24 px', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${reader}#p14`);
    const misses = await page.evaluate(() => {
      const found: string[] = [];
      const check = (element: HTMLElement, name: string) => {
        const rect = element.getBoundingClientRect();
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        for (const [dx, dy] of [
          [-11, -11],
          [11, -11],
          [-11, 11],
          [11, 11],
        ] as const) {
          const hit = document.elementFromPoint(x + dx, y + dy);
          if (!hit || (hit !== element && !element.contains(hit))) found.push(`${name} misses (${dx}, ${dy}): ${hit?.className}`);
        }
      };
      for (const marker of document.querySelectorAll<HTMLElement>('#p14 .note-marker')) if (marker.getClientRects().length) check(marker, `note ${marker.textContent}`);
      const label = document.querySelector<HTMLElement>('#p14 .row-label');
      if (label) check(label, 'label');
      return found;
    });
    expect(misses).toEqual([]);
    await context.close();
  });

  test('phones, side by side: German words break only where a hyphen shows', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${reader}?view=parallel#p30`);
    await expect(page.locator('#p30 .cell[lang="de"]')).toHaveCSS('hyphens', 'auto');
    const broken = await page.evaluate(() => {
      const found: string[] = [];
      for (const id of ['p28', 'p29', 'p30', 'p31', 'p32', 'p33']) {
        const cell = document.querySelector(`#${id} .cell[lang="de"]`);
        if (!cell) continue;
        // Addresses (links) may break anywhere: they are not words.
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT, {
          acceptNode: (node) => (node.parentElement?.closest('a') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
        });
        const range = document.createRange();
        let last: { char: string; top: number; hyphen: boolean } | undefined;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let index = 0; index < node.data.length; index += 1) {
            const char = node.data[index] ?? '';
            if (char === '\u00AD') {
              if (last) last.hyphen = true;
              continue;
            }
            if (/\s/u.test(char)) {
              // A space at a line's end collapses to nothing: it still separates words.
              last = { char, top: last?.top ?? 0, hyphen: false };
              continue;
            }
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            // A character right after a line break also reports an empty box at the end of the line before.
            const rect = [...range.getClientRects()].filter((box) => box.width > 0).at(-1);
            if (!rect) continue;
            const letter = /\p{L}/u.test(char);
            if (last && letter && /\p{L}/u.test(last.char) && rect.top > last.top + 2 && !last.hyphen)
              found.push(`${id}: …${last.char}|${char}… in “${node.data.slice(Math.max(0, index - 12), index + 12)}”`);
            last = { char, top: rect.top, hyphen: false };
          }
        }
      }
      return found;
    });
    expect(broken).toEqual([]);
    await context.close();
  });
});
