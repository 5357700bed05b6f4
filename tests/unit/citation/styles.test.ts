import { describe, expect, it } from 'vitest';
import { applyPatches, localeXml, StylePatchError, styleIds, styleXml } from '@/lib/citation/styles';

describe('the vendored styles and locales', () => {
  it('load, patched, for every style and interface language', () => {
    for (const style of styleIds) {
      for (const lang of ['de', 'en'] as const) {
        const xml = styleXml(style, lang);
        expect(xml).toMatch(/^<\?xml/);
        expect(xml).toContain('<if variable="accessed">');
        expect(xml).not.toMatch(/<if variable="issued( status)?" match="none">\s*<group delimiter=" ">\s*<text term="(accessed|retrieved)"/);
      }
    }
  });

  it('applies the German APA date order to the German interface only', () => {
    expect(styleXml('apa', 'de')).toContain('<date variable="issued" prefix=", "><date-part name="day" suffix=". "/><date-part name="month"/></date>');
    expect(styleXml('apa', 'en')).not.toContain('<date-part name="day" suffix=". "/>');
  });

  it('gives MLA its “par.” and the in-text locator its space', () => {
    const mla = styleXml('mla', 'en');
    expect(mla).toContain('<term name="paragraph" form="short"><single>par.</single><multiple>pars.</multiple></term>');
    expect(mla).toMatch(/<group delimiter=" ">\s*<label variable="locator" form="short"\/>/);
  });

  it('gives the German locale “am” before access dates, and falls back to English for other tags', () => {
    expect(localeXml('de-DE')).toContain('<term name="accessed">zugegriffen am</term>');
    expect(localeXml('de-DE')).toContain('<term name="retrieved">abgerufen am</term>');
    expect(localeXml('en-US')).toContain('xml:lang="en-US"');
    expect(localeXml('fr-FR')).toBe(localeXml('en-US'));
  });

  it('refuses a patch that no longer matches as often as it should', () => {
    expect(() => applyPatches('<a/><a/>', 'x.csl', [{ why: 'test', find: /<a\/>/g, replace: '<b/>', count: 1 }])).toThrow(StylePatchError);
    expect(applyPatches('<a/><a/>', 'x.csl', [{ why: 'test', find: /<a\/>/g, replace: '<b/>', count: 2 }])).toBe('<b/><b/>');
  });
});
