/**
 * The page metadata read back by the rules of Zotero's Embedded Metadata translator (the one the
 * Zotero Connector runs on a page), as the issue states them and its source has them:
 * - `z.itemType` sets the item type; otherwise any `citation_title` makes a journal article;
 * - any `citation_author` makes it drop every Dublin Core creator; `DC.creator` → author,
 *   `DC.contributor` → contributor, each `z.translators` → translator, names through cleanAuthor;
 * - `DC.type` becomes “Website Type” (printed by Chicago as “Webpage.”); JSON-LD is ignored.
 */
import { describe, expect, it } from 'vitest';
import { loadEdition } from '@/lib/pipeline/load-edition';
import { citationMetadata, editorialPageMetadata, type CitationMetadata } from '@/lib/citation/metadata';
import { baseUrl, fixtureEdition, personText } from './fixtures';

const { edition } = loadEdition();
if (!edition) throw new Error('the edition does not load');
const januar = edition.texts.find((text) => text.slug === 'januar-aufstand');
const hintergruende = edition.texts.find((text) => text.slug === 'hintergruende');
if (!januar || !hintergruende) throw new Error('the edition’s two texts are missing');
const site = 'https://kasachstan-2022.test';

interface Creator {
  creatorType: string;
  firstName?: string;
  lastName: string;
}

/** Zotero.Utilities.cleanAuthor, without its handling of initials (none here). */
function cleanAuthor(author: string, creatorType: string, useComma: boolean): Creator {
  const name = author
    .replace(/^[\s\u00A0.,/[\]:]+/, '')
    .replace(/[\s\u00A0.,/[\]:]+$/, '')
    .replace(/[\s\u00A0]+/, ' ');
  if (useComma) {
    const [lastName = '', firstName] = name.split(/, ?/);
    return firstName === undefined ? { creatorType, lastName } : { creatorType, lastName, firstName };
  }
  const space = name.lastIndexOf(' ');
  return space < 0 ? { creatorType, lastName: name } : { creatorType, lastName: name.slice(space + 1), firstName: name.slice(0, space) };
}

/** The item Zotero makes of the page's tags. */
function zotero(metadata: CitationMetadata) {
  const all = (name: string) => metadata.meta.filter((tag) => tag.name === name).map((tag) => tag.content);
  const first = (name: string) => all(name)[0];
  const property = (name: string) => metadata.openGraph.find((tag) => tag.property === name)?.content;
  const name = (creatorType: string) => (value: string) => cleanAuthor(value, creatorType, value.includes(','));
  const highwire = all('citation_author');
  const creators =
    highwire.length > 0
      ? highwire.map(name('author'))
      : [...all('DC.creator').map(name('author')), ...all('DC.contributor').map(name('contributor')), ...all('z.translators').map(name('translator'))];
  return {
    itemType: first('z.itemType') ?? (first('citation_title') ? 'journalArticle' : 'webpage'),
    title: first('citation_title') ?? first('DC.title') ?? property('og:title'),
    creators,
    date: first('DC.date'),
    language: first('DC.language'),
    url: first('DC.identifier') ?? property('og:url'),
    websiteTitle: property('og:site_name'),
    websiteType: first('DC.type'),
  };
}

describe('reader pages, read as Zotero reads them', () => {
  it('januar-aufstand on /de: a web page by the organisation, translated by Christoph Wälz, dated as the edition’s version', () => {
    expect(zotero(citationMetadata(januar, edition.meta, { lang: 'de', locale: 'de', url: site }))).toEqual({
      itemType: 'webpage',
      title: 'Der Januar-Aufstand und die Massenstreiks in Kasachstan',
      creators: [
        { creatorType: 'author', lastName: 'Sozialistische Bewegung Kasachstans' },
        { creatorType: 'translator', lastName: 'Wälz', firstName: 'Christoph' },
      ],
      date: '2026',
      language: 'de',
      url: `${site}/de/texts/januar-aufstand`,
      websiteTitle: 'Kasachstan 2022 – Zweisprachige Leseausgabe',
      websiteType: undefined,
    });
  });

  it('januar-aufstand on /en: translated by the edition’s editors', () => {
    const item = zotero(citationMetadata(januar, edition.meta, { lang: 'en', locale: 'en', url: site }));
    expect(item.creators).toEqual([
      { creatorType: 'author', lastName: 'Sozialistische Bewegung Kasachstans' },
      { creatorType: 'translator', lastName: 'Editors of the Kazakhstan 2022 reading edition' },
    ]);
    expect([item.title, item.websiteTitle]).toEqual(['The January Uprising and the Mass Strikes in Kazakhstan', 'Kazakhstan 2022 – A Bilingual Reading Edition']);
  });

  it('hintergruende on /de: the author alone, no translator', () => {
    expect(zotero(citationMetadata(hintergruende, edition.meta, { lang: 'de', locale: 'de', url: site })).creators).toEqual([
      { creatorType: 'author', lastName: 'Zavatsky', firstName: 'Yana' },
    ]);
  });

  it('no Highwire tags, no DC.type: nothing turns the page into a journal article or prints “Webpage.”', () => {
    const names = citationMetadata(januar, edition.meta, { lang: 'en', locale: 'en', url: site }).meta.map((tag) => tag.name);
    expect(names.filter((name) => name.startsWith('citation_'))).toEqual([]);
    expect(names).not.toContain('DC.type');
    expect(names).not.toContain('DC.contributor');
  });

  it('without a public address: no URL at all, nothing invented; canonical and hreflang links are left to the page (pageAlternates)', () => {
    const metadata = citationMetadata(januar, edition.meta, { lang: 'de', locale: 'de' });
    expect(zotero(metadata).url).toBeUndefined();
    for (const url of [undefined, site]) {
      expect(citationMetadata(januar, edition.meta, { lang: 'de', locale: 'de', ...(url ? { url } : {}) }).links.map((link) => link.rel)).toEqual(['schema.DC', 'schema.DCTERMS']);
    }
    expect(JSON.stringify(metadata)).not.toMatch(/https?:\/\/(?!socialismkz\.info|schema\.org|purl\.org|rightsstatements\.org)/);
  });

  it('why the organisation has a trailing comma: without it Zotero splits it', () => {
    expect(cleanAuthor('Sozialistische Bewegung Kasachstans', 'author', false)).toMatchObject({ lastName: 'Kasachstans', firstName: 'Sozialistische Bewegung' });
  });

  it('the JSON-LD is an Article titled once, by its headline', () => {
    const { jsonLd } = citationMetadata(januar, edition.meta, { lang: 'de', locale: 'de' });
    expect(jsonLd).toMatchObject({ '@type': 'Article', headline: 'Der Januar-Aufstand und die Massenstreiks in Kasachstan' });
    expect(jsonLd).not.toHaveProperty('name');
  });

  it('the JSON-LD names the chain down to the Russian original', () => {
    const { jsonLd } = citationMetadata(januar, edition.meta, { lang: 'en', locale: 'en', url: site });
    expect(jsonLd.translationOfWork).toMatchObject({
      inLanguage: 'de',
      translator: [{ name: 'Christoph Wälz' }],
      translationOfWork: { inLanguage: 'ru', datePublished: '2022-01-24', url: 'http://socialismkz.info/?p=26989' },
    });
  });
});

describe('pages by the editors (register, about, glossary entries)', () => {
  it('a web page item by the editors, titled without the site suffix', () => {
    const metadata = editorialPageMetadata(edition.meta, { title: 'Register', locale: 'en', path: '/en/glossary', url: site });
    expect(zotero(metadata)).toEqual({
      itemType: 'webpage',
      title: 'Register',
      creators: [{ creatorType: 'author', lastName: 'Editors of the Kazakhstan 2022 reading edition' }],
      date: '2026',
      language: 'en',
      url: `${site}/en/glossary`,
      websiteTitle: 'Kazakhstan 2022 – A Bilingual Reading Edition',
      websiteType: undefined,
    });
  });

  it('a fixture text: a person, the edition’s translation', () => {
    const item = zotero(citationMetadata(personText, fixtureEdition, { lang: 'en', locale: 'en', url: baseUrl }));
    expect(item.creators).toEqual([
      { creatorType: 'author', lastName: 'Muster', firstName: 'Anna' },
      { creatorType: 'translator', lastName: 'Editors of the sample edition' },
    ]);
  });
});
