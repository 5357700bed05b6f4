import { describe, expect, it } from 'vitest';
import { clientModuleProblem } from '@/lib/export/next-artefacts';

describe('clientModuleProblem', () => {
  it("accepts the client modules Next's app router puts on every page", () => {
    for (const clientModule of [
      '[project]/node_modules/next/dist/esm/client/components/layout-router.js',
      '[project]/node_modules/next/dist/esm/client/components/http-access-fallback/error-boundary.js',
      '[project]/node_modules/next/dist/esm/lib/framework/boundary-components.js',
      '[project]/node_modules/next/dist/esm/lib/metadata/generate/icon-mark.js',
      '[project]/node_modules/next/dist/client/components/builtin/global-error.js',
    ]) {
      expect(clientModuleProblem(clientModule), clientModule).toBeUndefined();
    }
  });

  it('names a component of the edition, next/script and a library by what a reader of the message knows', () => {
    expect(clientModuleProblem('[project]/components/Counter.tsx')).toBe('components/Counter.tsx');
    expect(clientModuleProblem('[project]/node_modules/next/dist/client/script.js')).toBe('next/script (node_modules/next/dist/client/script.js)');
    expect(clientModuleProblem('[project]/node_modules/next/dist/client/app-dir/link.js')).toBe('next/link (node_modules/next/dist/client/app-dir/link.js)');
    expect(clientModuleProblem('[project]/node_modules/next-intl/dist/esm/production/shared/NextIntlClientProvider.js')).toBe(
      'node_modules/next-intl/dist/esm/production/shared/NextIntlClientProvider.js',
    );
  });
});
