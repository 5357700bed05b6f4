/**
 * Finds the Chromium the browser tests drive: CHROME_PATH, or Debian's /usr/bin/chromium and the
 * other usual install paths. Never a browser download (none is possible on this project's machines).
 */
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumPath(): string {
  const configured = process.env.CHROME_PATH;
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new Error(`CHROME_PATH is set to ${configured}, but there is no browser there.`);
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    'The browser tests need Chromium, and none was found (looked at CHROME_PATH and ' +
      `${candidates.join(', ')}). Install it with \`sudo apt-get install -y chromium\` (Debian/Ubuntu) ` +
      'or point CHROME_PATH at a Chromium or Chrome binary. Do not run `npx playwright install`.',
  );
}

/** Launch flags that work on headless CI machines without network access. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
