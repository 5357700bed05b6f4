import { describe, expect, it } from 'vitest';
import { loadEdition } from '@/lib/content/load';
import {
  absoluteUrl,
  citedLanguage,
  cslItem,
  headlineCase,
  sentenceCase,
  shortTitle,
  translators,
  versionWords,
} from '@/lib/citation/csl-item';
import { Reference, ReferenceError } from '@/lib/citation/reference';
import { accessed, baseUrl, fixtureEdition, germanOnlyText, organisationText, personText } from './fixtures';

const { edition } = loadEdition();
if (!edition) throw new Error('the edition does not load');
const januar = edition.texts.find((text) => text.slug === 'januar-aufstand');
const hintergruende = edition.texts.find((text) => text.slug === 'hintergruende');
if (!januar || !hintergruende) throw new Error('the edition’s two texts are missing');
const site = 'https://kasachstan-2022.example.org';

describe('cslItem on januar-aufstand', () => {
  it('the German version: Wälz’s translation of the Russian original', () => {
    const item = cslItem(januar, edition.meta, { lang: 'de', reference: Reference.parse('januar-aufstand#p12'), accessed, url: site });
    expect(item).toEqual({
      id: 'januar-aufstand-de-p12',
      'citation-key': 'januar_aufstand_de_p12',
      type: 'webpage',
      title: 'Der Januar-Aufstand und die Massenstreiks in Kasachstan',
      'title-short': 'Januar-Aufstand',
      author: [{ literal: 'Sozialistische Bewegung Kasachstans' }],
      translator: [{ family: 'Wälz', given: 'Christoph' }],
      language: 'de',
      issued: { 'date-parts': [[2022, 1, 24]] },
      accessed: { 'date-parts': [[2026, 3, 5]] },
      'container-title': 'Kasachstan 2022 – Zweisprachige Leseausgabe',
      URL: `${site}/de/texts/januar-aufstand#p12`,
      'original-publisher': 'Sozialistische Bewegung Kasachstans',
      locator: '12',
      label: 'paragraph',
    });
  });

  it('the English version: the edition’s translation of Wälz’s German, in that order', () => {
    const item = cslItem(januar, edition.meta, { lang: 'en', reference: Reference.parse('januar-aufstand#p12-p14'), accessed, url: site });
    expect(item.title).toBe('The January uprising and the mass strikes in Kazakhstan');
    expect(item['title-short']).toBe('January uprising');
    expect(item.translator).toEqual([{ family: 'Wälz', given: 'Christoph' }, { literal: 'Editors of the Kazakhstan 2022 reading edition' }]);
    expect(item.language).toBe('en');
    expect(item['container-title']).toBe('Kazakhstan 2022 – A Bilingual Reading Edition');
    expect(item['original-title']).toBe('Der Januar-Aufstand und die Massenstreiks in Kasachstan');
    // The German was translated from the Russian, whose publisher is not the German's: none is claimed.
    expect(item['original-publisher']).toBeUndefined();
    expect(item.URL).toBe(`${site}/en/texts/januar-aufstand#p12-p14`);
    expect([item.locator, item.label]).toEqual(['12–14', 'paragraph']);
    expect(item.id).toBe('januar-aufstand-en-p12-p14');
  });

  it('the issued date is the first publication, partial dates stay partial', () => {
    const item = cslItem(hintergruende, edition.meta, { lang: 'en', reference: Reference.parse('hintergruende#p3'), accessed, url: site });
    expect(item.issued).toEqual({ 'date-parts': [[2022, 3]] });
    expect(item.author).toEqual([{ family: 'Zavatsky', given: 'Yana' }]);
    expect(item.translator).toEqual([{ literal: 'Editors of the Kazakhstan 2022 reading edition' }]);
    expect(item.title).toBe('Kazakhstan – Background and context');
    expect(item['title-short']).toBe('Kazakhstan');
  });

  it('the German original of hintergruende has no translator and no original', () => {
    const item = cslItem(hintergruende, edition.meta, { lang: 'de', reference: Reference.parse('hintergruende'), accessed, url: site });
    expect(item.translator).toBeUndefined();
    expect(item['original-title']).toBeUndefined();
    expect(item['original-publisher']).toBeUndefined();
    expect(item.locator).toBeUndefined();
    expect(item.URL).toBe(`${site}/de/texts/hintergruende`);
  });
});

describe('cslItem on fixtures', () => {
  it('a heading with a letter suffix', () => {
    const item = cslItem(personText, fixtureEdition, { lang: 'de', reference: Reference.parse('chronik#p12a'), accessed, url: baseUrl });
    expect([item.locator, item.URL, item.id]).toEqual(['12a', 'https://edition.test/de/texts/chronik#p12a', 'chronik-de-p12a']);
  });

  it('a person and an organisation', () => {
    const person = cslItem(personText, fixtureEdition, { lang: 'en', reference: Reference.parse('chronik#p12'), accessed, url: baseUrl });
    const organisation = cslItem(organisationText, fixtureEdition, { lang: 'en', reference: Reference.parse('aufruf#p1'), accessed, url: baseUrl });
    expect(person.author).toEqual([{ family: 'Muster', given: 'Anna' }]);
    expect(organisation.author).toEqual([{ literal: 'Komitee der Ölarbeiter' }]);
    expect(organisation.translator).toEqual([{ family: 'Beispiel', given: 'Maria' }, { literal: 'Editors of the sample edition' }]);
    expect(person.translator).toEqual([{ literal: 'Editors of the sample edition' }]);
  });

  it('the access date is the UTC calendar date', () => {
    const item = cslItem(personText, fixtureEdition, { lang: 'de', reference: Reference.parse('chronik#p12'), accessed: new Date('2026-12-31T23:30:00-02:00'), url: baseUrl });
    expect(item.accessed).toEqual({ 'date-parts': [[2027, 1, 1]] });
  });

  it('keeps a base path of the edition’s address', () => {
    const item = cslItem(personText, fixtureEdition, { lang: 'en', reference: Reference.parse('chronik#p12'), accessed, url: 'https://host.test/edition/' });
    expect(item.URL).toBe('https://host.test/edition/en/texts/chronik#p12');
    expect(absoluteUrl(new URL('https://host.test'), '/de/texts/x#p1')).toBe('https://host.test/de/texts/x#p1');
    // The page's own address (with or without a fragment) is not repeated.
    expect(absoluteUrl('https://host.test/edition/de/texts/x#p9', '/de/texts/x#p1')).toBe('https://host.test/edition/de/texts/x#p1');
    expect(absoluteUrl('https://host.test/de/texts/x', '/de/texts/x')).toBe('https://host.test/de/texts/x');
  });

  it('refuses a reference to another text, a missing block or a missing version', () => {
    const options = { lang: 'de' as const, accessed, url: baseUrl };
    expect(() => cslItem(personText, fixtureEdition, { ...options, reference: Reference.parse('aufruf#p1') })).toThrow(ReferenceError);
    expect(() => cslItem(personText, fixtureEdition, { ...options, reference: Reference.parse('chronik#p99') })).toThrow(/no block p99/);
    expect(() => cslItem(personText, fixtureEdition, { ...options, reference: Reference.parse('chronik#p12-p99') })).toThrow(/no block p99/);
    expect(() => cslItem(germanOnlyText, fixtureEdition, { ...options, lang: 'en', reference: Reference.parse('flugblatt#p1') })).toThrow(/no en version/);
  });

  it('cites the interface language’s version, the German where there is no other', () => {
    expect(citedLanguage(personText, 'en')).toBe('en');
    expect(citedLanguage(personText, 'de')).toBe('de');
    expect(citedLanguage(germanOnlyText, 'en')).toBe('de');
  });

  it('translators of each version', () => {
    expect(translators(organisationText, fixtureEdition, 'de')).toEqual([{ family: 'Beispiel', given: 'Maria' }]);
    expect(translators(germanOnlyText, fixtureEdition, 'de')).toEqual([]);
  });
});

describe('title casing', () => {
  it('sentence case lowers only words the text itself writes lowercase', () => {
    const words = versionWords(januar, 'en');
    expect(sentenceCase('The January Uprising and the Mass Strikes in Kazakhstan', words)).toBe('The January uprising and the mass strikes in Kazakhstan');
    expect(sentenceCase('Strikes in Zhanaozen: A Chronicle', new Set(['strikes', 'chronicle']))).toBe('Strikes in Zhanaozen: A chronicle');
    expect(sentenceCase('Kazakhstan – Background and Context', new Set(['background', 'context']))).toBe('Kazakhstan – Background and context');
    expect(sentenceCase('The CSTO and Mass-Strikes', new Set(['csto', 'mass', 'strikes']))).toBe('The CSTO and mass-strikes');
    expect(sentenceCase('The Big Strike: A Chronicle', new Set(['big', 'strike', 'chronicle']))).toBe('The big strike: A chronicle');
  });

  it('headline case for the edition’s name', () => {
    expect(headlineCase('Kazakhstan 2022 – A bilingual reading edition')).toBe('Kazakhstan 2022 – A Bilingual Reading Edition');
    expect(headlineCase('a guide to the strikes of the year of')).toBe('A Guide to the Strikes of the Year Of');
  });

  it('short titles: the main title, without a leading article, at most four words', () => {
    expect(shortTitle('Der Januar-Aufstand und die Massenstreiks in Kasachstan')).toBe('Januar-Aufstand');
    expect(shortTitle('The January uprising and the mass strikes in Kazakhstan')).toBe('January uprising');
    expect(shortTitle('Kasachstan – Hintergründe und Zusammenhänge')).toBe('Kasachstan');
    expect(shortTitle('Streik!')).toBeUndefined();
    expect(shortTitle('An appeal to the workers of Aktau')).toBeUndefined();
  });
});
