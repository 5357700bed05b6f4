/**
 * The embedded metadata, read back the way Zotero's “Embedded Metadata” translator reads it
 * (zotero/translators “Embedded Metadata.js” with “RDF.js”, and Zotero.Utilities.cleanAuthor):
 * Highwire first, Dublin Core and OpenGraph through its RDF step.
 */
import { describe, expect, it } from 'vitest';
import { loadEdition } from '@/lib/content/load';
import { citationMetadata, highwireDate, type CitationMetadata } from '@/lib/citation/metadata';
import { baseUrl, fixtureEdition, germanOnlyText, organisationText, personText } from './fixtures';

const { edition } = loadEdition();
if (!edition) throw new Error('the edition does not load');
const januar = edition.texts.find((text) => text.slug === 'januar-aufstand');
const hintergruende = edition.texts.find((text) => text.slug === 'hintergruende');
if (!januar || !hintergruende) throw new Error('the edition’s two texts are missing');
const site = 'https://kasachstan-2022.example.org';

interface Creator {
  firstName?: string;
  lastName: string;
}

/** Zotero.Utilities.cleanAuthor, without its handling of initials (none here). */
function cleanAuthor(author: string, useComma: boolean): Creator {
  const name = author.replace(/^[\s\u00A0.,/[\]:]+/, '').replace(/[\s\u00A0.,/[\]:]+$/, '').replace(/[\s\u00A0]+/, ' ');
  if (useComma) {
    const [lastName = '', firstName] = name.split(/, ?/);
    return firstName === undefined ? { lastName } : { lastName, firstName };
  }
  const space = name.lastIndexOf(' ');
  return space < 0 ? { lastName: name } : { lastName: name.slice(space + 1), firstName: name.slice(0, space) };
}

/** What Zotero makes of the page's tags. */
function zotero(metadata: CitationMetadata) {
  const named = [...metadata.highwire, ...metadata.dublinCore];
  const all = (name: string) => named.filter((tag) => tag.name === name).map((tag) => tag.content);
  const first = (name: string) => all(name)[0];
  const property = (name: string) => metadata.openGraph.find((tag) => tag.property === name)?.content;

  // processHighwireCreators: one node may hold several names split by “;” (or by “,” when both sides have spaces).
  const nodes = all('citation_author');
  const creators = nodes.flatMap((node) => {
    let names = node.split(/\s*;\s*/);
    const [single] = names;
    if (names.length === 1 && nodes.length === 1 && single !== undefined) {
      const byComma = single.split(/\s*,\s*/);
      if (byComma.length > 1 && byComma[0]?.includes(' ') && byComma[1]?.includes(' ')) names = byComma;
    }
    return names.filter((name) => /[^\s,\-.;]/.test(name)).map((name) => cleanAuthor(name.trim(), name.includes(',')));
  });

  const hwType = first('citation_journal_title') ? 'journalArticle' : undefined;
  const dcType = first('DC.type');
  const itemType = hwType ?? (dcType === 'webpage' ? 'webpage' : 'journalArticle');
  const date = first('citation_publication_date') ?? first('citation_date');
  return {
    itemType,
    title: first('citation_title') ?? first('DC.title'),
    creators,
    date: date && /^\d{4}(\/\d{2}(\/\d{2})?)?$/.test(date) ? date : undefined,
    language: first('citation_language') ?? first('DC.language'),
    url: first('citation_public_url'),
    websiteTitle: itemType === 'webpage' ? (first('DC.source') ?? property('og:site_name')) : first('citation_journal_title'),
    rights: first('DC.rights'),
  };
}

describe('read as Zotero reads it', () => {
  it('januar-aufstand on /en: the English version, the organisation as one name', () => {
    const metadata = citationMetadata(januar, edition.meta, { lang: 'en', locale: 'en', url: site });
    expect(zotero(metadata)).toEqual({
      itemType: 'webpage',
      title: 'The January Uprising and the Mass Strikes in Kazakhstan',
      creators: [{ lastName: 'Sozialistische Bewegung Kasachstans' }],
      date: '2022/01/24',
      language: 'en',
      url: `${site}/en/texts/januar-aufstand`,
      websiteTitle: 'Kazakhstan 2022 – A bilingual reading edition',
      rights: januar.meta.rights.en,
    });
  });

  it('januar-aufstand on /de: the German version', () => {
    const read = zotero(citationMetadata(januar, edition.meta, { lang: 'de', locale: 'de', url: site }));
    expect(read.title).toBe('Der Januar-Aufstand und die Massenstreiks in Kasachstan');
    expect(read.language).toBe('de');
    expect(read.url).toBe(`${site}/de/texts/januar-aufstand`);
    expect(read.websiteTitle).toBe('Kasachstan 2022 – Zweisprachige Leseausgabe');
  });

  it('hintergruende: a person, a month-only date', () => {
    const read = zotero(citationMetadata(hintergruende, edition.meta, { lang: 'de', locale: 'de', url: site }));
    expect(read.creators).toEqual([{ lastName: 'Zavatsky', firstName: 'Yana' }]);
    expect(read.date).toBe('2022/03');
  });

  it('without the trailing comma Zotero would split the organisation (why it is there)', () => {
    expect(cleanAuthor('Sozialistische Bewegung Kasachstans', false)).toEqual({ lastName: 'Kasachstans', firstName: 'Sozialistische Bewegung' });
    expect(cleanAuthor('Sozialistische Bewegung Kasachstans,', true)).toEqual({ lastName: 'Sozialistische Bewegung Kasachstans' });
  });

  it('several authors are one tag each', () => {
    const text = { ...personText, meta: { ...personText.meta, authors: [...personText.meta.authors, { literal: 'Komitee der Ölarbeiter' }] } };
    const metadata = citationMetadata(text, fixtureEdition, { lang: 'de', locale: 'de', url: baseUrl });
    expect(metadata.highwire.filter((tag) => tag.name === 'citation_author').map((tag) => tag.content)).toEqual(['Muster, Anna', 'Komitee der Ölarbeiter,']);
    expect(zotero(metadata).creators).toEqual([{ lastName: 'Muster', firstName: 'Anna' }, { lastName: 'Komitee der Ölarbeiter' }]);
  });
});

describe('Highwire and Dublin Core tags', () => {
  it('januar-aufstand, English', () => {
    const { highwire, dublinCore, links } = citationMetadata(januar, edition.meta, { lang: 'en', locale: 'en', url: site });
    expect(highwire).toEqual([
      { name: 'citation_title', content: 'The January Uprising and the Mass Strikes in Kazakhstan' },
      { name: 'citation_author', content: 'Sozialistische Bewegung Kasachstans,' },
      { name: 'citation_publication_date', content: '2022/01/24' },
      { name: 'citation_online_date', content: '2026' },
      { name: 'citation_language', content: 'en' },
      { name: 'citation_publisher', content: 'Editors of the Kazakhstan 2022 reading edition' },
      { name: 'citation_public_url', content: `${site}/en/texts/januar-aufstand` },
    ]);
    expect(dublinCore).toEqual([
      { name: 'DC.title', content: 'The January Uprising and the Mass Strikes in Kazakhstan' },
      { name: 'DC.creator', content: 'Sozialistische Bewegung Kasachstans' },
      { name: 'DC.contributor', content: 'Wälz, Christoph' },
      { name: 'DC.contributor', content: 'Editors of the Kazakhstan 2022 reading edition' },
      { name: 'DC.type', content: 'webpage' },
      { name: 'DC.language', content: 'en' },
      { name: 'DC.date', content: '2022-01-24' },
      { name: 'DC.publisher', content: 'Editors of the Kazakhstan 2022 reading edition' },
      { name: 'DC.rights', content: januar.meta.rights.en },
      { name: 'DCTERMS.license', content: 'http://rightsstatements.org/vocab/InC/1.0/' },
      { name: 'DC.identifier', content: `${site}/en/texts/januar-aufstand` },
    ]);
    expect(links).toEqual([
      { rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' },
      { rel: 'schema.DCTERMS', href: 'http://purl.org/dc/terms/' },
    ]);
    expect(highwire.map((tag) => tag.name)).not.toContain('citation_journal_title');
  });

  it('the German version has only the translator into German as contributor', () => {
    const { dublinCore } = citationMetadata(januar, edition.meta, { lang: 'de', locale: 'de', url: site });
    expect(dublinCore.filter((tag) => tag.name === 'DC.contributor').map((tag) => tag.content)).toEqual(['Wälz, Christoph']);
    expect(citationMetadata(hintergruende, edition.meta, { lang: 'de', locale: 'de', url: site }).dublinCore.some((tag) => tag.name === 'DC.contributor')).toBe(false);
  });

  it('Highwire dates', () => {
    expect([highwireDate('2022-01-24'), highwireDate('2022-03'), highwireDate('2022')]).toEqual(['2022/01/24', '2022/03', '2022']);
  });
});

describe('OpenGraph', () => {
  it('januar-aufstand on /de', () => {
    expect(citationMetadata(januar, edition.meta, { lang: 'de', locale: 'de', url: site }).openGraph).toEqual([
      { property: 'og:title', content: 'Der Januar-Aufstand und die Massenstreiks in Kasachstan' },
      { property: 'og:type', content: 'article' },
      { property: 'og:url', content: `${site}/de/texts/januar-aufstand` },
      { property: 'og:locale', content: 'de_DE' },
      { property: 'og:locale:alternate', content: 'en_GB' },
      { property: 'og:site_name', content: 'Kasachstan 2022 – Zweisprachige Leseausgabe' },
      { property: 'og:description', content: januar.meta.summary.de },
    ]);
  });

  it('a text with only a German version, on an English page: the German cited, the page in both locales', () => {
    const metadata = citationMetadata(germanOnlyText, fixtureEdition, { lang: 'de', locale: 'en', url: baseUrl });
    expect(metadata.openGraph.find((tag) => tag.property === 'og:locale')?.content).toBe('en_GB');
    expect(metadata.openGraph.find((tag) => tag.property === 'og:locale:alternate')?.content).toBe('de_DE');
    expect(zotero(metadata)).toMatchObject({ title: 'Flugblatt der Streikenden', language: 'de', url: 'https://edition.test/en/texts/flugblatt' });
    expect(() => citationMetadata(germanOnlyText, fixtureEdition, { lang: 'en', locale: 'en', url: baseUrl })).toThrow(/no en version/);
  });
});

describe('schema.org JSON-LD', () => {
  it('januar-aufstand in English: an Article translated from Wälz’s German, which is translated from the Russian original', () => {
    const { jsonLd } = citationMetadata(januar, edition.meta, { lang: 'en', locale: 'en', url: site });
    const organisation = { '@type': 'Organization', name: 'Sozialistische Bewegung Kasachstans' };
    const walz = { '@type': 'Person', name: 'Christoph Wälz', givenName: 'Christoph', familyName: 'Wälz' };
    const russian = {
      '@type': 'CreativeWork',
      inLanguage: 'ru',
      datePublished: '2022-01-24',
      author: [organisation],
      url: 'http://socialismkz.info/?p=26989',
      publisher: organisation,
      isPartOf: { '@type': 'CreativeWork', name: 'socialismkz.info' },
    };
    expect(jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      '@id': `${site}/en/texts/januar-aufstand`,
      url: `${site}/en/texts/januar-aufstand`,
      headline: 'The January Uprising and the Mass Strikes in Kazakhstan',
      name: 'The January Uprising and the Mass Strikes in Kazakhstan',
      author: [organisation],
      translator: [walz, { '@type': 'Organization', name: 'Editors of the Kazakhstan 2022 reading edition' }],
      inLanguage: 'en',
      datePublished: '2022-01-24',
      description: januar.meta.summary.en,
      isPartOf: {
        '@type': 'WebSite',
        name: 'Kazakhstan 2022 – A bilingual reading edition',
        url: `${site}/en`,
        editor: { '@type': 'Organization', name: 'Editors of the Kazakhstan 2022 reading edition' },
        datePublished: '2026',
        inLanguage: ['de', 'en'],
      },
      translationOfWork: {
        '@type': 'CreativeWork',
        name: 'Der Januar-Aufstand und die Massenstreiks in Kasachstan',
        inLanguage: 'de',
        author: [organisation],
        translator: [walz],
        url: `${site}/de/texts/januar-aufstand`,
        translationOfWork: russian,
      },
      license: 'http://rightsstatements.org/vocab/InC/1.0/',
      copyrightNotice: januar.meta.rights.en,
    });
    // The German page: a translation of the Russian original directly.
    const german = citationMetadata(januar, edition.meta, { lang: 'de', locale: 'de', url: site }).jsonLd;
    expect(german.translationOfWork).toEqual(russian);
    expect(german.translator).toEqual([walz]);
  });

  it('hintergruende: the English translates the German original in offen-siv; the German page is based on it', () => {
    const original = {
      '@type': 'CreativeWork',
      name: 'Kasachstan – Hintergründe und Zusammenhänge',
      inLanguage: 'de',
      datePublished: '2022-03',
      author: [{ '@type': 'Person', name: 'Yana Zavatsky', givenName: 'Yana', familyName: 'Zavatsky' }],
      isPartOf: { '@type': 'PublicationIssue', issueNumber: 'März–April 2022', isPartOf: { '@type': 'Periodical', name: 'offen-siv' } },
    };
    const english = citationMetadata(hintergruende, edition.meta, { lang: 'en', locale: 'en', url: site }).jsonLd;
    expect(english.translationOfWork).toEqual(original);
    expect(english.translator).toEqual([{ '@type': 'Organization', name: 'Editors of the Kazakhstan 2022 reading edition' }]);
    const german = citationMetadata(hintergruende, edition.meta, { lang: 'de', locale: 'de', url: site }).jsonLd;
    expect(german.isBasedOn).toEqual(original);
    expect(german).not.toHaveProperty('translationOfWork');
    expect(german).not.toHaveProperty('translator');
  });

  it('an organisation translated by a person, from a fixture', () => {
    const { jsonLd } = citationMetadata(organisationText, fixtureEdition, { lang: 'de', locale: 'de', url: baseUrl });
    expect(jsonLd.author).toEqual([{ '@type': 'Organization', name: 'Komitee der Ölarbeiter' }]);
    expect(jsonLd.translator).toEqual([{ '@type': 'Person', name: 'Maria Beispiel', givenName: 'Maria', familyName: 'Beispiel' }]);
    expect(jsonLd.translationOfWork).toMatchObject({ inLanguage: 'ru', datePublished: '2022', url: 'https://rabochie.example/aufruf' });
  });
});
