import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { iconBackground, manifestColours, webAppManifest } from '@/lib/offline/manifest';

const strings = { name: 'Kazakhstan 2022 – a bilingual reading edition', shortName: 'Kazakhstan 2022', description: 'Two texts.' };

/** The value of a custom property in the stylesheet's first (light-scheme) `:root` block. */
function cssVariable(css: string, name: string): string | undefined {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return new RegExp(`--${name}:\\s*([^;]+);`).exec(root)?.[1]?.trim();
}

describe('the web app manifest', () => {
  test('per interface language: its own id, start page and language', () => {
    const de = webAppManifest('de', strings);
    const en = webAppManifest('en', strings);
    expect([de.id, de.start_url, de.lang]).toEqual(['/de', '/de', 'de']);
    expect([en.id, en.start_url, en.lang]).toEqual(['/en', '/en', 'en']);
    expect(de.scope).toBe('/');
    expect(de.display).toBe('standalone');
  });

  test('takes its colours from app/globals.css', () => {
    const css = readFileSync('app/globals.css', 'utf8');
    expect(manifestColours.background).toBe(cssVariable(css, 'background'));
    expect(manifestColours.theme).toBe(cssVariable(css, 'accent'));
  });

  test('has an SVG icon, PNGs of 192 and 512 px and a maskable one', () => {
    const icons = webAppManifest('en', strings).icons;
    expect(icons.map((icon) => `${icon.sizes} ${icon.type} ${icon.purpose}`)).toEqual([
      'any image/svg+xml any',
      '192x192 image/png any',
      '512x512 image/png any',
      '512x512 image/png maskable',
    ]);
  });

  test("the maskable icon's field is the vector icon's background", () => {
    expect(readFileSync('public/icon.svg', 'utf8')).toContain(`fill="${iconBackground}"`);
  });
});
