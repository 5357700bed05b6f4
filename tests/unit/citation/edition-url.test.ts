import { afterEach, describe, expect, it, vi } from 'vitest';
import { editionUrl, pageAlternates, rootAlternates } from '@/lib/edition';
import { entryHref, paths } from '@/contract/routes';

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
    expect(warn.mock.calls.flat().join(' ')).toMatch(/no public address is set/);
  }, 60_000);
});

describe('canonical and hreflang links: one rule for every page', () => {
  afterEach(() => vi.unstubAllEnvs());

  // Next makes these paths absolute on metadataBase (the public address) and leaves them relative without one.
  it.each([
    ['set', 'https://kasachstan-2022.test/'],
    ['unset', ''],
  ])('with the public address %s, a page links itself as canonical and itself in both languages', (_, url) => {
    vi.stubEnv('EDITION_URL', url);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(pageAlternates('de', paths.sources)).toEqual({ alternates: { canonical: '/de/sources', languages: { de: '/de/sources', en: '/en/sources' } } });
    expect(pageAlternates('en', (lang) => entryHref(lang, 'csto'))).toEqual({
      alternates: { canonical: '/en/glossary/csto', languages: { de: '/de/glossary/csto', en: '/en/glossary/csto' } },
    });
    expect(rootAlternates()).toEqual({ alternates: { canonical: '/', languages: { de: '/de', en: '/en', 'x-default': '/' } } });
  });
});
