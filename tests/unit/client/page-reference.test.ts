/**
 * The reference a copy gets before the citation templates have arrived (client/copy.ts): built from
 * the page's head metadata, the shape of a Chicago entry, nothing invented.
 */
import { describe, expect, it } from 'vitest';
import { pageReference } from '@/client/page-reference';

const url = 'http://127.0.0.1:4411/de/texts/januar-aufstand';

describe('the reference from the page’s metadata', () => {
  it('an organisation without Zotero’s trailing comma, the German quotation marks, site, date, address', () => {
    const metadata = { creators: ['Sozialistische Bewegung Kasachstans,'], title: 'Der Januar-Aufstand', site: 'Kasachstan 2022 – Zweisprachige Leseausgabe', date: '2026' };
    expect(pageReference(metadata, 'de', url)).toBe(`Sozialistische Bewegung Kasachstans. „Der Januar-Aufstand“. Kasachstan 2022 – Zweisprachige Leseausgabe, 2026. ${url}`);
  });

  it('a person as Chicago’s bibliography writes the first author, English quotation marks with the period inside', () => {
    const metadata = { creators: ['Zavatsky, Yana'], title: 'Kazakhstan – Background', date: '2026' };
    expect(pageReference(metadata, 'en', url)).toBe(`Zavatsky, Yana. “Kazakhstan – Background.” 2026. ${url}`);
  });

  it('without creators: the title first, no empty parts', () => {
    expect(pageReference({ creators: [], title: 'Register' }, 'en', url)).toBe(`“Register.” ${url}`);
  });
});
