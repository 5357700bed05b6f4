import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '@/lib/content/load';
import type { Language } from '@/lib/content/model';
import { cslItem } from '@/lib/citation/csl-item';
import { exportData, pinCiteNote, toBibTeX, toCSLJSON, toRIS } from '@/lib/citation/export';
import { Reference } from '@/lib/citation/reference';
import { accessed, baseUrl, fixtureEdition, personText } from './fixtures';

const { edition } = loadEdition();
if (!edition) throw new Error('the edition does not load');
const site = 'https://kasachstan-2022.example.org';

function real(reference: string, lang: Language) {
  const ref = Reference.parse(reference);
  const text = edition?.texts.find((candidate) => candidate.slug === ref.slug);
  if (!text || !edition) throw new Error(`no text ${ref.slug}`);
  return cslItem(text, edition.meta, { lang, reference: ref, accessed, url: site });
}

/** citation-js reads its own exports back: the round trip a reference manager makes. */
function parsed(input: string): Record<string, unknown> {
  const [entry] = JSON.parse(new Cite(input).format('data', { format: 'text' })) as Record<string, unknown>[];
  if (!entry) throw new Error('nothing parsed');
  return entry;
}

describe('BibLaTeX', () => {
  it('januar-aufstand#p12 in English: @online with urldate, translators, the pin-cite as note', () => {
    expect(toBibTeX(real('januar-aufstand#p12', 'en'))).toBe(
      [
        '@online{januar_aufstand_en_p12,',
        '\turldate = {2026-03-05},',
        '\tauthor = {{Sozialistische Bewegung Kasachstans}},',
        '\torganization = {Kazakhstan 2022 -- {A} {Bilingual} {Reading} {Edition}},',
        '\tdate = {2022-01-24},',
        '\tlangid = {english},',
        '\tnote = {\\textparagraph{} 12},',
        '\torigtitle = {Der {Januar}-{Aufstand} und die {Massenstreiks} in {Kasachstan}},',
        '\tshorttitle = {January uprising},',
        '\ttitle = {The {January} uprising and the mass strikes in {Kazakhstan}},',
        '\ttranslator = {W{\\" a}lz, Christoph and {Editors of the Kazakhstan 2022 reading edition}},',
        `\turl = {${site}/en/texts/januar-aufstand#p12},`,
        '}',
        '',
      ].join('\n'),
    );
  });

  it('a range in German', () => {
    const bibtex = toBibTeX(real('januar-aufstand#p12-p14', 'de'));
    expect(bibtex).toMatch(/^@online\{januar_aufstand_de_p12_p14,$/m);
    expect(bibtex).toContain('\tnote = {\\textparagraph{}\\textparagraph{} 12--14},');
    expect(bibtex).toContain('\tlangid = {ngerman},');
    expect(bibtex).toContain('\torganization = {Kasachstan 2022 -- {Zweisprachige} {Leseausgabe}},');
    expect(bibtex).toContain('\ttranslator = {W{\\" a}lz, Christoph},');
    expect(bibtex).not.toMatch(/booktitle|^\s*language =/m);
  });

  it('reads back as the same work', () => {
    const entry = parsed(toBibTeX(real('januar-aufstand#p12', 'en')));
    expect(entry.type).toBe('webpage');
    expect(entry.title).toBe('The January uprising and the mass strikes in Kazakhstan');
    // A braced name is one unsplit name; citation-js reads it back as a family name only.
    expect(entry.author).toEqual([{ family: 'Sozialistische Bewegung Kasachstans' }]);
    expect(entry.translator).toEqual([{ family: 'Wälz', given: 'Christoph' }, { family: 'Editors of the Kazakhstan 2022 reading edition' }]);
    expect(entry.URL).toBe(`${site}/en/texts/januar-aufstand#p12`);
    expect(entry.accessed).toEqual({ 'date-parts': [[2026, 3, 5]] });
    expect(entry.issued).toEqual({ 'date-parts': [[2022, 1, 24]] });
    expect(entry.note).toBe('¶ 12');
  });
});

describe('RIS', () => {
  it('januar-aufstand#p12 in English: ELEC with UR, Y2, AU, A4 for each translator, LA', () => {
    expect(toRIS(real('januar-aufstand#p12', 'en'))).toBe(
      [
        'TY  - ELEC',
        'TI  - The January uprising and the mass strikes in Kazakhstan',
        'AU  - Sozialistische Bewegung Kasachstans',
        'A4  - Wälz, Christoph',
        'A4  - Editors of the Kazakhstan 2022 reading edition',
        'T2  - Kazakhstan 2022 – A Bilingual Reading Edition',
        'ST  - January uprising',
        'PY  - 2022',
        'DA  - 2022/01/24/',
        'Y2  - 2026/03/05/',
        'LA  - en',
        `UR  - ${site}/en/texts/januar-aufstand#p12`,
        'N1  - ¶ 12',
        'ID  - januar_aufstand_en_p12',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('a person, a partial date, a heading id with a letter', () => {
    const ris = toRIS(cslItem(personText, fixtureEdition, { lang: 'de', reference: Reference.parse('chronik#p12a'), accessed, url: baseUrl }));
    expect(ris).toContain('AU  - Muster, Anna\r\n');
    expect(ris).toContain('DA  - 2021/12//\r\n');
    expect(ris).toContain('N1  - ¶ 12a\r\n');
    expect(ris).toContain('UR  - https://edition.test/de/texts/chronik#p12a\r\n');
    expect(ris).not.toContain('A4  -');
  });

  it('reads back with title, author, URL and language', () => {
    const entry = parsed(toRIS(real('januar-aufstand#p12', 'de')));
    expect(entry.type).toBe('webpage');
    expect(entry.title).toBe('Der Januar-Aufstand und die Massenstreiks in Kasachstan');
    expect(entry.author).toEqual([{ literal: 'Sozialistische Bewegung Kasachstans' }]);
    expect(entry.URL).toBe(`${site}/de/texts/januar-aufstand#p12`);
    expect(entry.language).toBe('de');
  });
});

describe('CSL-JSON', () => {
  it('an array of the item, pretty-printed, with the pin-cite as note instead of the cite fields', () => {
    const item = real('januar-aufstand#p12', 'en');
    const json = toCSLJSON(item);
    expect(json.startsWith('[\n  {\n    "id": "januar-aufstand-en-p12",')).toBe(true);
    const [entry, ...rest] = JSON.parse(json) as Record<string, unknown>[];
    expect(rest).toEqual([]);
    expect(entry).toEqual(exportData(item));
    expect(entry?.note).toBe('¶ 12');
    expect(entry).not.toHaveProperty('locator');
    expect(entry).not.toHaveProperty('label');
    expect(entry?.translator).toEqual(item.translator);
    expect(entry?.accessed).toEqual({ 'date-parts': [[2026, 3, 5]] });
  });

  it('the pin-cite note', () => {
    expect(pinCiteNote(real('januar-aufstand#p12', 'de'))).toBe('¶ 12');
    expect(pinCiteNote(real('januar-aufstand#p12-p14', 'de'))).toBe('¶¶ 12–14');
    expect(pinCiteNote(real('januar-aufstand', 'de'))).toBeUndefined();
    expect(exportData(real('januar-aufstand', 'de'))).not.toHaveProperty('note');
  });
});
