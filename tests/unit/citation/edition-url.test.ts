import { afterEach, describe, expect, it, vi } from 'vitest';
import { editionUrl, pageAlternates } from '@/lib/edition';
import { paths } from '@/contract/routes';

describe('the public address', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('EDITION_URL sets it: canonical and hreflang links are built on it', () => {
    vi.stubEnv('EDITION_URL', 'https://kasachstan-2022.test/');
    expect(editionUrl()?.href).toBe('https://kasachstan-2022.test/');
    expect(pageAlternates('en', paths.about)).toEqual({ alternates: { canonical: '/en/about', languages: { de: '/de/about', en: '/en/about' } } });
  });

  it('unset (texts/edition.yaml has no url): none is invented, and the build says so', () => {
    vi.stubEnv('EDITION_URL', '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(editionUrl()).toBeUndefined();
    expect(pageAlternates('de', paths.about)).toEqual({});
    expect(warn.mock.calls.flat().join(' ')).toMatch(/no public address is set/);
  }, 60_000);
});
