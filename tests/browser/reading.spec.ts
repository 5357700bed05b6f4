import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './helpers';

const reader = '/de/texts/hintergruende';

/** Selects `words` inside one block's column, as a reader's drag or double-click would. */
async function select(page: Page, block: string, lang: string, words: string): Promise<void> {
  await page.evaluate(
    ({ block, lang, words }) => {
      const content = document.querySelector(`#${block} > .cell[lang="${lang}"]`);
      if (!content) throw new Error(`no ${lang} column in ${block}`);
      // The words may cross elements (a marked name), and long German words carry the page's soft
      // hyphens: find them among the characters the reader sees, then map back to nodes and offsets.
      const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
      const seen: [Text, number][] = [];
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let index = 0; index < node.data.length; index += 1) if (node.data[index] !== '\u00AD') seen.push([node, index]);
      }
      const whole = seen.map(([node, index]) => node.data[index]).join('');
      const index = whole.indexOf(words);
      if (index === -1) throw new Error(`“${words}” is not in ${block} (${lang})`);
      const first = seen[index]!;
      const last = seen[index + words.length - 1]!;
      const point = (offset: number): [Text, number] => (offset === index ? first : [last[0], last[1] + 1]);
      const range = document.createRange();
      range.setStart(...point(index));
      range.setEnd(...point(index + words.length));
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { block, lang, words },
  );
}

/** The highlighted words of one column, joined (a highlight across a marked name is two marks). */
function highlighted(page: Page, block: string, lang: string): Promise<string> {
  return page.locator(`#${block} > .cell[lang="${lang}"] mark.reader-highlight`).evaluateAll((marks) =>
    marks
      .map((mark) => mark.textContent)
      .join('')
      .replaceAll('\u00AD', ''),
  );
}

async function annotate(page: Page, block: string, lang: string, words: string, note: string, tags: string): Promise<void> {
  await select(page, block, lang, words);
  await expect(page.locator('.reading-offer')).toBeVisible();
  await page.keyboard.press('h');
  const editor = page.locator('#reading-editor');
  await expect(editor).toBeVisible();
  await editor.locator('textarea').fill(note);
  await editor.locator('#reading-tags').fill(tags);
  await editor.getByRole('button', { name: /Speichern|Save/ }).click();
  await expect(editor).toBeHidden();
}

test.describe('the reader’s own annotations', () => {
  test('a highlight with a note, in both languages, is there again after a reload', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(reader);
    await annotate(page, 'p12', 'de', 'Russland 3,9%', 'Vergleich mit 2020 prüfen', 'Zahlen, Russland');
    await annotate(page, 'p12', 'en', 'Russia 3.9%', 'check against 2020', 'figures');
    await expect.poll(() => highlighted(page, 'p12', 'de')).toBe('Russland 3,9%');
    await page.reload();
    await expect.poll(() => highlighted(page, 'p12', 'de')).toBe('Russland 3,9%');
    await expect.poll(() => highlighted(page, 'p12', 'en')).toBe('Russia 3.9%');
    await expect(page.locator('#p12 .cell[lang="de"] mark.reader-highlight[tabindex="0"]')).toHaveAttribute('aria-label', /Vergleich mit 2020 prüfen/);
    // Keyboard: the highlight is a control that opens its editor; Escape closes it again.
    await page.locator('#p12 .cell[lang="de"] mark.reader-highlight[tabindex="0"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#reading-editor textarea')).toHaveValue('Vergleich mit 2020 prüfen');
    await page.keyboard.press('Escape');
    await expect(page.locator('#reading-editor')).toBeHidden();

    // The ¶ panel lists them beside the editors' notes; each opens its editor.
    await page.locator('#p12 .row-label').click();
    const mine = page.locator('#para-panel [data-panel="mine"]');
    await expect(page.locator('#para-panel [data-panel="mine-heading"]')).toHaveText('Ihre Anmerkungen in diesem ¶');
    await expect(mine.getByRole('button')).toHaveCount(2);
    await mine.getByRole('button', { name: /Vergleich mit 2020 prüfen/ }).click();
    await expect(page.locator('#reading-editor textarea')).toHaveValue('Vergleich mit 2020 prüfen');
    await page.keyboard.press('Escape');

    // In print the notes follow the text as endnotes; on screen they are not shown twice.
    const endnotes = page.locator('#reading-print-notes');
    await expect(endnotes).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(endnotes).toBeVisible();
    await expect(endnotes.locator('li')).toHaveText(['¶ 12: Russland 3,9% — Vergleich mit 2020 prüfen', '¶ 12: Russia 3.9% — check against 2020']);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });

  test('export, wipe the browser’s storage, import: the same annotations come back', async ({ page }) => {
    await page.goto(reader);
    await annotate(page, 'p12', 'de', 'Russland 3,9%', 'eine Notiz', 'a, b');
    await page.goto('/de/my-annotations');
    await expect(page.locator('.my-annotation')).toHaveCount(1);
    await expect(page.locator('.my-annotation blockquote')).toHaveText('Russland 3,9%');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Exportieren.*JSON-LD/ }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.type).toBe('AnnotationCollection');
    expect(exported.first.items[0].target.source).toMatch(/\/de\/texts\/hintergruende$/);

    await page.evaluate(async () => {
      localStorage.clear();
      await new Promise((resolve) => {
        const request = indexedDB.deleteDatabase('edition-reading');
        request.onsuccess = request.onerror = request.onblocked = resolve;
      });
    });
    await page.reload();
    await expect(page.locator('.my-annotation')).toHaveCount(0);
    await page.locator('#my-import').setInputFiles(file);
    await expect(page.locator('#reading-status')).toContainText('1 hinzugefügt, 0 aktualisiert');
    await expect(page.locator('.my-annotation blockquote')).toHaveText('Russland 3,9%');
    // Importing the same file again adds nothing.
    await page.locator('#my-import').setInputFiles(file);
    await expect(page.locator('#reading-status')).toContainText('0 hinzugefügt, 0 aktualisiert');
    await expect(page.locator('.my-annotation')).toHaveCount(1);

    const again = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Exportieren.*JSON-LD/ }).click();
    const reimported = JSON.parse(readFileSync(await (await again).path(), 'utf8'));
    expect(reimported.first.items).toEqual(exported.first.items);
  });

  test('the Markdown export quotes the words with a full citation of the ¶', async ({ page }) => {
    await page.goto(reader);
    await annotate(page, 'p12', 'de', 'Russland 3,9%', 'Notiz', '');
    await page.goto('/de/my-annotations');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Als Markdown/ }).click();
    const markdown = readFileSync(await (await download).path(), 'utf8');
    expect(markdown).toContain('> „Russland 3,9%“');
    expect(markdown).toMatch(/— .*Zavatsky.*Hintergründe.*12.* <http:\/\/localhost:\d+\/de\/texts\/hintergruende#p12>/);
    expect(markdown).toContain('**Notiz:** Notiz');
  });

  test('an annotation whose words are gone is kept as an orphan with its quote', async ({ page }) => {
    await page.goto(reader);
    await page.evaluate(async () => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('edition-reading', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('annotations', { keyPath: 'id' }).createIndex('text', 'text');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('annotations', 'readwrite');
          transaction.objectStore('annotations').put({
            id: 'urn:uuid:00000000-0000-4000-8000-00000000dead',
            created: '2026-01-01T00:00:00.000Z',
            modified: '2026-01-01T00:00:00.000Z',
            text: 'hintergruende',
            lang: 'de',
            block: 'p999',
            quote: { exact: 'Worte, die es in diesem Text nicht gibt', prefix: '', suffix: '' },
            position: { start: 0, end: 39 },
            colour: 'pink',
            note: 'verwaist',
            tags: [],
          });
          transaction.oncomplete = () => resolve();
        };
      });
      localStorage.setItem('edition:reading', '1');
    });
    await page.reload();
    await expect(page.locator('#reading-status')).toContainText('1 Ihrer Anmerkungen');
    await page.goto('/de/my-annotations');
    await expect(page.locator('.my-annotation blockquote')).toHaveText('Worte, die es in diesem Text nicht gibt');
    await expect(page.locator('.my-orphan')).toHaveText('Im aktuellen Text nicht gefunden');
  });

  test('on a phone a selection offers a button to tap', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en/texts/januar-aufstand');
    await select(page, 'p3', 'en', 'social explosion');
    const offer = page.locator('.reading-offer');
    await expect(offer).toBeVisible();
    const box = await offer.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
    await offer.click();
    await page.locator('#reading-editor').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => highlighted(page, 'p3', 'en')).toBe('social explosion');
  });

  test('axe finds no violation with the editor open and on My annotations', async ({ page }) => {
    await page.goto(reader);
    await select(page, 'p12', 'de', 'Russland 3,9%');
    await page.keyboard.press('h');
    await expect(page.locator('#reading-editor')).toBeVisible();
    const editor = await new AxeBuilder({ page }).include('#reading-editor').analyze();
    expect(editor.violations.map((violation) => violation.id)).toEqual([]);
    for (const path of ['/de/my-annotations', '/en/my-annotations']) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((violation) => `${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`),
        path,
      ).toEqual([]);
    }
  });

  test('on My annotations a reader edits, filters by tag and colour, deletes and undoes', async ({ page }) => {
    await page.goto(reader);
    await annotate(page, 'p12', 'de', 'Russland 3,9%', 'erste Notiz', 'Zahlen');
    await annotate(page, 'p12', 'en', 'Russia 3.9%', 'second note', 'figures');
    await page.goto('/de/my-annotations');
    const items = page.locator('.my-annotation');
    await expect(items).toHaveCount(2);
    const english = items.filter({ has: page.locator('blockquote', { hasText: 'Russia 3.9%' }) });
    const german = items.filter({ has: page.locator('blockquote', { hasText: 'Russland 3,9%' }) });

    // Edit: a new note and another colour, kept across a reload.
    await english.getByRole('button', { name: 'Ihre Anmerkung bearbeiten' }).click();
    const editor = page.locator('#reading-editor');
    await expect(editor.locator('textarea')).toHaveValue('second note');
    await editor.locator('textarea').fill('geänderte Notiz');
    await editor.getByLabel('grün').check();
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await expect(english.locator('.my-note')).toHaveText('geänderte Notiz');
    await expect(english).toHaveClass(/highlight-green/);

    // Filters: by tag, then by colour; “all” shows both again.
    await page.locator('#filter-tag').selectOption('figures');
    await expect(items.locator('blockquote')).toHaveText(['Russia 3.9%']);
    await page.locator('#filter-tag').selectOption('');
    await page.locator('#filter-colour').selectOption('yellow');
    await expect(items.locator('blockquote')).toHaveText(['Russland 3,9%']);
    await page.locator('#filter-colour').selectOption('');
    await expect(items).toHaveCount(2);

    // Delete, then undo from the status message: the annotation is back, also after a reload.
    await german.getByRole('button', { name: 'Löschen' }).click();
    await expect(items).toHaveCount(1);
    await expect(page.locator('#reading-status')).toContainText('Anmerkung gelöscht.');
    await page.locator('#reading-status').getByRole('button', { name: 'Rückgängig' }).click();
    await expect(items).toHaveCount(2);
    await page.reload();
    await expect(items).toHaveCount(2);
    await expect(english.locator('.my-note')).toHaveText('geänderte Notiz');
  });

  test('a reader page without stored annotations never loads the reading layer', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(reader);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 2000);
    await page.locator('#p12 .row-label').click();
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.startsWith('/reading/'))).toEqual([]);
  });
});
