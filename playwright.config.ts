import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/browser/chromium';

const port = Number(process.env.TEST_PORT ?? 4173);

/** Browser tests against the built export (out/), served as `npm start` serves it. */
export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.PLAYWRIGHT_JSON ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]] : 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // TEST_NO_BUILD=1 serves out/ as published even when sources changed since (start.js would rebuild first).
    command: process.env.TEST_NO_BUILD ? 'node scripts/start.js --no-build' : 'node scripts/start.js',
    env: { PORT: String(port) },
    url: `http://localhost:${port}/de`,
    reuseExistingServer: false,
    timeout: 300_000,
  },
});
