import { expect, test } from '@playwright/test';
import { collectErrors } from './helpers';

/**
 * A URL's fragment and query are anyone's input (SECURITY.md): malformed escapes must not throw in the
 * page script, and the ¶ links must keep working afterwards (the listeners stay attached).
 */
const reader = '/de/texts/hintergruende';

test.describe('hostile fragments and queries', () => {
  for (const hostile of ['#p1%', '#%', '#%E0%A4%A', '#p1-%', `#p${'9'.repeat(300)}`, '?view=%#p2', '?%=%&view=%zz#%']) {
    test(`${hostile.slice(0, 24)} throws nothing, and ¶ links still land`, async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(`${reader}${hostile}`);
      await page.evaluate(() => {
        location.hash = 'p3';
      });
      await expect(page.locator('#p3')).toHaveClass(/is-highlighted/);
      await expect(page.locator('#p3')).toBeFocused();
      await page.evaluate(() => {
        location.hash = '%';
      });
      await page.evaluate(() => {
        location.hash = 'p5';
      });
      await expect(page.locator('#p5')).toHaveClass(/is-highlighted/);
      expect(errors).toEqual([]);
    });
  }
});
