import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Tests on the built export (out/): HTML validity, links and fragments, the JSON API. `npm test` runs
 * them after the build; alone: `npx vitest run --config vitest.export.config.ts` (after `npm run build`).
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/export/**/*.test.ts'],
    environment: 'node',
    // The Nu HTML Checker starts a JVM and reads every page: seconds, not milliseconds.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
