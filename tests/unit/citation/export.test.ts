/**
 * Every download, read back by parsers that did not write it: Better BibTeX's own BibTeX parser
 * (@retorquere/bibtex-parser, what Zotero's Better BibTeX imports with) and astrocite-ris's strict RIS
 * grammar, and compared with the text's metadata (meta.yaml, edition.yaml).
 */
import { parse as parseBibTeX } from '@retorquere/bibtex-parser';
import { AST } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '@/lib/pipeline/load-edition';
import type { Language, Text } from '@/lib/content/model';
import { citeFile, citeTemplates } from '@/lib/citation/cite-templates';
import { fillExports, type Cite } from '@/client/cite-fill';

const { edition } = loadEdition();
if (!edition) throw new Error('the edition does not load');
const text = (slug: string): Text => {
  const found = edition.texts.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(slug);
  return found;
};
const site = new URL('https://kasachstan-2022.test');
const editorsEn = 'Editors of the Kazakhstan 2022 reading edition';

/** What each version must say, from meta.yaml and edition.yaml. */
const expected: { slug: string; lang: Language; title: string; sentence?: string; author: string; translators: string[]; original: string; origlanguage?: string }[] = [
  {
    slug: 'januar-aufstand',
    lang: 'de',
    title: 'Der Januar-Aufstand und die Massenstreiks in Kasachstan',
    author: 'Sozialistische Bewegung Kasachstans',
    translators: ['Wälz, Christoph'],
    original: '2022-01-24',
    origlanguage: 'russian',
  },
  {
    slug: 'januar-aufstand',
    lang: 'en',
    title: 'The January Uprising and the Mass Strikes in Kazakhstan',
    sentence: 'The January uprising and the mass strikes in Kazakhstan',
    author: 'Sozialistische Bewegung Kasachstans',
    translators: [editorsEn],
    original: '2022-01-24',
    origlanguage: 'russian',
  },
  { slug: 'hintergruende', lang: 'de', title: 'Kasachstan – Hintergründe und Zusammenhänge', author: 'Zavatsky, Yana', translators: [], original: '2022-03' },
  {
    slug: 'hintergruende',
    lang: 'en',
    title: 'Kazakhstan – Background and Context',
    sentence: 'Kazakhstan – Background and context',
    author: 'Zavatsky, Yana',
    translators: [editorsEn],
    original: '2022-03',
    origlanguage: 'ngerman',
  },
];

type Creator = { name?: string; lastName?: string; firstName?: string };
const creator = (value: Creator) => value.name ?? `${value.lastName ?? ''}, ${value.firstName ?? ''}`;

function bib(source: string) {
  const result = parseBibTeX(source);
  expect(result.errors).toEqual([]);
  expect(result.entries).toHaveLength(1);
  const [entry] = result.entries;
  if (!entry) throw new Error('no entry');
  return entry;
}

function ris(source: string) {
  const [entry, ...rest] = AST.parse(source).children;
  expect(rest).toHaveLength(0);
  if (!entry) throw new Error('no record');
  const all = (key: string) => entry.properties.filter((property) => property.key === key).map((property) => property.value);
  return { type: entry.type, all, one: (key: string) => all(key)[0] };
}

describe.each(expected)('$slug, $lang version', ({ slug, lang, title, sentence, author, translators, original, origlanguage }) => {
  const source = text(slug);
  const key = `${slug.replaceAll('-', '_')}_${lang}`;

  it('BibLaTeX (/api/cite): plain UTF-8, the right creators, the original, no access date, no junk', () => {
    const raw = citeFile(source, edition.meta, lang, 'bib', site);
    expect(raw).not.toMatch(/\\["'`^~]|\{\\/);
    expect(raw).not.toMatch(/^\s*(note|origpublisher|urldate)\s*=/m);
    const entry = bib(raw);
    expect([entry.type, entry.key]).toEqual(['online', key]);
    // Better BibTeX stores English titles in sentence case; the proper nouns are protected.
    expect(entry.fields.title).toBe(lang === 'de' ? title : sentence);
    expect((entry.fields.author as Creator[]).map(creator)).toEqual([author]);
    expect(((entry.fields.translator as Creator[] | undefined) ?? []).map(creator)).toEqual(translators);
    expect(entry.fields.date).toBe('2026');
    expect(entry.fields.origdate).toBe(original);
    expect(entry.fields.origlanguage).toBe(origlanguage);
    expect(entry.fields.langid).toBe(lang === 'de' ? 'ngerman' : 'english');
    expect(entry.fields.url).toBe(`${site.origin}/${lang}/texts/${slug}`);
    expect(entry.fields.organization).toEqual([lang === 'de' ? 'Kasachstan 2022 – Zweisprachige Leseausgabe' : 'Kazakhstan 2022 – A Bilingual Reading Edition']);
  });

  it('RIS (/api/cite): a web page with A4 translators, the chain as N1, no access date', () => {
    const record = ris(citeFile(source, edition.meta, lang, 'ris', site));
    expect(record.type).toBe('ELEC');
    expect(record.one('TI')).toBe(title);
    expect(record.all('AU')).toEqual([author]);
    expect(record.all('A4')).toEqual(translators);
    expect(record.one('DA')).toBe('2026///');
    expect(record.all('Y2')).toEqual([]);
    expect(record.one('N1')).toContain(original.startsWith('2022-01') ? 'www.socialismkz.info' : 'offen-siv');
    expect(record.one('ID')).toBe(key);
  });

  it('CSL-JSON (/api/cite): no access date, the original date', () => {
    const [item] = JSON.parse(citeFile(source, edition.meta, lang, 'json', site)) as Record<string, unknown>[];
    expect(item).not.toHaveProperty('accessed');
    expect(item?.['original-date']).toEqual({ 'date-parts': [original.split('-').map(Number)] });
  });

  it('without a public address the static files carry no URL at all', () => {
    expect(bib(citeFile(source, edition.meta, lang, 'bib')).fields.url).toBeUndefined();
    expect(ris(citeFile(source, edition.meta, lang, 'ris')).all('UR')).toEqual([]);
  });

  it('the cite box’s downloads: the page’s origin and the day of citing, still one entry', () => {
    const templates = citeTemplates(source, edition.meta, { lang, locale: lang });
    const cite = { templates, url: `/${lang}/texts/${slug}`, origin: 'http://127.0.0.1:4231' } as Cite;
    const files = fillExports(cite, new Date(2027, 4, 6, 12));
    const entry = bib(files.bib);
    expect([entry.key, entry.fields.urldate, entry.fields.url]).toEqual([key, '2027-05-06', `http://127.0.0.1:4231/${lang}/texts/${slug}`]);
    const record = ris(files.ris);
    expect([record.one('Y2'), record.one('UR')]).toEqual(['2027/05/06/', `http://127.0.0.1:4231/${lang}/texts/${slug}`]);
    const [item] = JSON.parse(files.json) as Record<string, unknown>[];
    expect(item?.accessed).toEqual({ 'date-parts': [[2027, 5, 6]] });
    expect(item?.URL).toBe(`http://127.0.0.1:4231/${lang}/texts/${slug}`);
    expect(`${files.bib}${files.ris}${files.json}`).not.toMatch(/\{origin\}|1987/);
  }, 60_000);
});
