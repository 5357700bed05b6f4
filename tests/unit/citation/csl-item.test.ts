import { describe, expect, it } from 'vitest';
import { loadEdition } from '@/lib/pipeline/load-edition';
import { absoluteUrl, citedLanguage, cslItem, headlineCase, shortTitle, translators } from '@/lib/citation/csl-item';
import { chainNote, stepsTo } from '@/lib/citation/chain';
import { accessed, baseUrl, fixtureEdition, germanOnlyText, organisationText, personText } from './fixtures';

const { edition } = loadEdition();
if (!edition) throw new Error('the edition does not load');
const januar = edition.texts.find((text) => text.slug === 'januar-aufstand');
const hintergruende = edition.texts.find((text) => text.slug === 'hintergruende');
if (!januar || !hintergruende) throw new Error('the edition’s two texts are missing');
const site = 'https://kasachstan-2022.test';
const editors = { de: 'Redaktion der Leseausgabe Kasachstan 2022', en: 'Editors of the Kazakhstan 2022 reading edition' };

describe('cslItem on januar-aufstand', () => {
  it('the German version: Wälz’s translation of the Russian original, dated as the edition’s version', () => {
    expect(cslItem(januar, edition.meta, { lang: 'de', accessed, url: site })).toEqual({
      id: 'januar_aufstand_de',
      'citation-key': 'januar_aufstand_de',
      type: 'webpage',
      title: 'Der Januar-Aufstand und die Massenstreiks in Kasachstan',
      'title-short': 'Januar-Aufstand',
      author: [{ literal: 'Sozialistische Bewegung Kasachstans' }],
      translator: [{ family: 'Wälz', given: 'Christoph' }],
      language: 'de',
      issued: { 'date-parts': [[2026]] },
      accessed: { 'date-parts': [[2026, 3, 5]] },
      'container-title': 'Kasachstan 2022 – Zweisprachige Leseausgabe',
      URL: `${site}/de/texts/januar-aufstand`,
      'original-date': { 'date-parts': [[2022, 1, 24]] },
      'original-publisher': 'www.socialismkz.info',
      note: 'Übersetzung (Russisch → Deutsch): Christoph Wälz. Original (Russisch): Sozialistische Bewegung Kasachstans, www.socialismkz.info, 24. Januar 2022, http://socialismkz.info/?p=26989.',
    });
  });

  it('the English version: translated by the edition’s editors from the German, the Russian original named', () => {
    const item = cslItem(januar, edition.meta, { lang: 'en', accessed, url: site });
    expect(item.translator).toEqual([{ literal: editors.en }]);
    expect(item.title).toBe('The January Uprising and the Mass Strikes in Kazakhstan');
    expect(item['container-title']).toBe('Kazakhstan 2022 – A Bilingual Reading Edition');
    // The source does not give the Russian title: none is invented, and the German title is not the original's.
    expect(item['original-title']).toBeUndefined();
    expect(item['original-date']).toEqual({ 'date-parts': [[2022, 1, 24]] });
    expect(item.issued).toEqual({ 'date-parts': [[2026]] });
    expect(item.note).toBe(
      `Translation (German → English): ${editors.en}. Translation (Russian → German): Christoph Wälz. Original (Russian): Sozialistische Bewegung Kasachstans, www.socialismkz.info, January 24, 2022, http://socialismkz.info/?p=26989.`,
    );
  });

  it('one work per version: no fragment, no locator, no access date unless given, no URL unless configured', () => {
    const item = cslItem(januar, edition.meta, { lang: 'de' });
    // One key in every format: the CSL id is the BibLaTeX key and the pin-cite's (pandoc looks citations up by it).
    expect(item.id).toBe('januar_aufstand_de');
    expect(item).not.toHaveProperty('URL');
    expect(item).not.toHaveProperty('accessed');
    expect(item).not.toHaveProperty('locator');
  });
});

describe('cslItem on hintergruende', () => {
  it('the German original names no translator', () => {
    const item = cslItem(hintergruende, edition.meta, { lang: 'de', url: site });
    expect(item.translator).toBeUndefined();
    expect(item.author).toEqual([{ family: 'Zavatsky', given: 'Yana' }]);
    expect(item['original-date']).toEqual({ 'date-parts': [[2022, 3]] });
    expect(item.note).toBe('Original (Deutsch): Yana Zavatsky, offen-siv, März–April 2022.');
  });

  it('the English: the editors, from the German', () => {
    expect(translators(hintergruende, edition.meta, 'en')).toEqual([{ literal: editors.en }]);
    expect(stepsTo(hintergruende, edition.meta, 'en').map((step) => [step.from, step.into, step.byEdition])).toEqual([['de', 'en', true]]);
  });
});

describe('cslItem on fixtures', () => {
  it('credits only the step into the cited version, and names the original with its title and place', () => {
    const de = cslItem(organisationText, fixtureEdition, { lang: 'de', url: baseUrl });
    const en = cslItem(organisationText, fixtureEdition, { lang: 'en', url: baseUrl });
    expect(de.translator).toEqual([{ family: 'Beispiel', given: 'Maria' }]);
    expect(en.translator).toEqual([{ literal: 'Editors of the sample edition' }]);
    expect([en['original-title'], en['original-publisher-place']]).toEqual(['Обращение', 'Aktau']);
    expect(chainNote(organisationText, fixtureEdition, 'de')).toBe(
      'Übersetzung (Russisch → Deutsch): Maria Beispiel (Probeblatt, Februar 2022). Original (Russisch): Komitee der Ölarbeiter, „Обращение“, rabochie.test, Aktau, 2022, https://rabochie.test/aufruf.',
    );
  });

  it('the access date is the UTC calendar date', () => {
    const item = cslItem(personText, fixtureEdition, { lang: 'de', accessed: new Date('2026-12-31T23:30:00-02:00'), url: baseUrl });
    expect(item.accessed).toEqual({ 'date-parts': [[2027, 1, 1]] });
  });

  it('keeps a base path of the edition’s address', () => {
    expect(cslItem(personText, fixtureEdition, { lang: 'en', url: 'https://host.test/edition/' }).URL).toBe('https://host.test/edition/en/texts/chronik');
    expect(absoluteUrl(new URL('https://host.test'), '/de/texts/x#p1')).toBe('https://host.test/de/texts/x#p1');
    expect(absoluteUrl('https://host.test/edition/de/texts/x#p9', '/de/texts/x#p1')).toBe('https://host.test/edition/de/texts/x#p1');
  });

  it('refuses a missing version', () => {
    expect(() => cslItem(germanOnlyText, fixtureEdition, { lang: 'en' })).toThrow(/no en version/);
  });

  it('cites the interface language’s version, the German where there is no other', () => {
    expect(citedLanguage(personText, 'en')).toBe('en');
    expect(citedLanguage(germanOnlyText, 'en')).toBe('de');
  });
});

describe('titles', () => {
  it('headline case for the edition’s name', () => {
    expect(headlineCase('Kazakhstan 2022 – A bilingual reading edition')).toBe('Kazakhstan 2022 – A Bilingual Reading Edition');
  });

  it('short titles: the main title, without a leading article, at most four words', () => {
    expect(shortTitle('Der Januar-Aufstand und die Massenstreiks in Kasachstan')).toBe('Januar-Aufstand');
    expect(shortTitle('The January Uprising and the Mass Strikes in Kazakhstan')).toBe('January Uprising');
    expect(shortTitle('Kasachstan – Hintergründe und Zusammenhänge')).toBe('Kasachstan');
    expect(shortTitle('Streik!')).toBeUndefined();
  });
});
