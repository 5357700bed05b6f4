import type { ConsoleMessage, Page } from '@playwright/test';

/** Every console error or uncaught exception on a page fails the test that opened it. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
