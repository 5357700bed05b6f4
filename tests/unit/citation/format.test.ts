/**
 * Every style in both locales against the expected reference, written out and checked against the
 * manuals: Chicago 17 (14.206 web pages, 14.20 full notes, 14.29 short notes, 14.103 translators, 14.12
 * access dates), APA 7 (10.16 webpages, 9.39–9.40 translations and republished works, 8.28 paragraph
 * numbers) and MLA 9 (the container template, 5.111 access dates, 6.20 “par.”).
 */
import { describe, expect, it } from 'vitest';
import { loadEdition } from '@/lib/pipeline/load-edition';
import type { Language } from '@/lib/content/model';
import { cslItem } from '@/lib/citation/csl-item';
import { citeprocRuns, formatReference } from '@/lib/citation/format';
import type { EngineStyle } from '@/lib/citation/styles';
import { accessed, baseUrl, fixtureEdition, personText } from './fixtures';

const { edition } = loadEdition();
if (!edition) throw new Error('the edition does not load');
const site = 'https://kasachstan-2022.test';

function real(slug: string, lang: Language) {
  const text = edition?.texts.find((candidate) => candidate.slug === slug);
  if (!text || !edition) throw new Error(`no text ${slug}`);
  return cslItem(text, edition.meta, { lang, accessed, url: site });
}

const cite = (slug: string, lang: Language, style: EngineStyle, locator?: string) => {
  const formatted = formatReference(real(slug, lang), { style, locale: lang, ...(locator ? { locator } : {}) });
  return [formatted.citation.text, formatted.bibliography.text];
};

describe('januar-aufstand, the German version: Wälz’s translation, the edition’s version of 2026, the original of 2022', () => {
  const url = `${site}/de/texts/januar-aufstand`;
  it('Chicago: full note of a first citation, short note of later ones, one bibliography entry', () => {
    expect(cite('januar-aufstand', 'de', 'chicagoFullNote', '12')).toEqual([
      `Sozialistische Bewegung Kasachstans, „Der Januar-Aufstand und die Massenstreiks in Kasachstan“, übers. von Christoph Wälz, Kasachstan 2022 – Zweisprachige Leseausgabe, 2026, Abs. 12, zugegriffen am 5. März 2026, ${url}.`,
      `Sozialistische Bewegung Kasachstans. „Der Januar-Aufstand und die Massenstreiks in Kasachstan“. Übersetzt von Christoph Wälz. Kasachstan 2022 – Zweisprachige Leseausgabe, 2026. Zugegriffen am 5. März 2026. ${url}.`,
    ]);
    expect(cite('januar-aufstand', 'de', 'chicago', '12')[0]).toBe('Sozialistische Bewegung Kasachstans, „Januar-Aufstand“, Abs. 12.');
  });

  it('APA: the translator, the version’s year and the original’s', () => {
    expect(cite('januar-aufstand', 'de', 'apa', '12')).toEqual([
      '(Sozialistische Bewegung Kasachstans, 2022/2026, Abs. 12)',
      `Sozialistische Bewegung Kasachstans. (2026). Der Januar-Aufstand und die Massenstreiks in Kasachstan (C. Wälz, Übers.). Kasachstan 2022 – Zweisprachige Leseausgabe. Abgerufen am 5. März 2026, von ${url} (Original erschienen 2022)`,
    ]);
  });

  it('MLA: the original’s year after the title, the translator, the version’s year', () => {
    expect(cite('januar-aufstand', 'de', 'mla', '12')).toEqual([
      '(Sozialistische Bewegung Kasachstans, Abs. 12)',
      `Sozialistische Bewegung Kasachstans. „Der Januar-Aufstand und die Massenstreiks in Kasachstan“. 2022. Kasachstan 2022 – Zweisprachige Leseausgabe, übersetzt von Christoph Wälz, 2026, ${url}. Zugegriffen am 5. März 2026.`,
    ]);
  });
});

describe('januar-aufstand, the English version: the editors’ translation', () => {
  const url = `${site}/en/texts/januar-aufstand`;
  it('Chicago', () => {
    expect(cite('januar-aufstand', 'en', 'chicagoFullNote', '12–14')[0]).toBe(
      `Sozialistische Bewegung Kasachstans, “The January Uprising and the Mass Strikes in Kazakhstan,” trans. Editors of the Kazakhstan 2022 reading edition, Kazakhstan 2022 – A Bilingual Reading Edition, 2026, paras. 12–14, accessed March 5, 2026, ${url}.`,
    );
    expect(cite('januar-aufstand', 'en', 'chicago', '12')[0]).toBe('Sozialistische Bewegung Kasachstans, “January Uprising,” para. 12.');
  });

  it('APA and MLA name only the editors as translators', () => {
    const [, apa] = cite('januar-aufstand', 'en', 'apa');
    const [, mla] = cite('januar-aufstand', 'en', 'mla');
    expect(apa).toContain('(Editors of the Kazakhstan 2022 reading edition, Trans.)');
    expect(apa).toContain('(Original work published 2022)');
    expect(mla).toContain('translated by Editors of the Kazakhstan 2022 reading edition, 2026');
    expect(`${apa}${mla}`).not.toContain('Wälz');
  });
});

describe('hintergruende, the German original', () => {
  it('names no translator in any style', () => {
    for (const style of ['chicagoFullNote', 'chicago', 'apa', 'mla'] as const) {
      const [note, entry] = cite('hintergruende', 'de', style, '3');
      expect(`${note} ${entry}`).not.toMatch(/[Üü]bers/);
    }
  });
});

describe('the runs', () => {
  it('carry only text, italic and bold: no markup, no entity, nothing else', () => {
    for (const style of ['chicago', 'chicagoFullNote', 'apa', 'mla'] as const) {
      for (const lang of ['de', 'en'] as const) {
        const reference = formatReference(real('januar-aufstand', lang), { style, locale: lang, locator: '12' });
        for (const { runs, text } of [reference.bibliography, reference.citation]) {
          expect(runs.length).toBeGreaterThan(0);
          for (const run of runs) expect(Object.keys(run).filter((key) => !['t', 'i', 'b'].includes(key))).toEqual([]);
          expect(text).not.toMatch(/[<>]|&(#?\w+);/);
          expect(runs.map((run) => run.t).join('')).toBe(text);
        }
      }
    }
  });

  it('the title of a web page is italic in APA, the site in MLA, each its own run', () => {
    const italic = (style: EngineStyle) =>
      formatReference(real('januar-aufstand', 'en'), { style, locale: 'en' })
        .bibliography.runs.filter((run) => run.i)
        .map((run) => run.t);
    expect(italic('apa')).toEqual(['The January Uprising and the Mass Strikes in Kazakhstan']);
    expect(italic('mla')).toEqual(['Kazakhstan 2022 – A Bilingual Reading Edition']);
  });

  it('reduce citeproc’s markup to italic and bold, entities decoded by the parser', () => {
    expect(citeprocRuns('<div class="csl-entry">A <i>B <span style="font-style:normal;">C</span> D</i> &#38; <b>E</b>.</div>\n')).toEqual([
      { t: 'A ' },
      { t: 'B ', i: 1 },
      { t: 'C' },
      { t: ' D', i: 1 },
      { t: ' & ' },
      { t: 'E', b: 1 },
      { t: '.' },
    ]);
    expect(citeprocRuns('<i><b>both</b></i>')).toEqual([{ t: 'both', i: 1, b: 1 }]);
    expect(citeprocRuns('<span style="font-variant: small-caps">Small</span> caps &lt;x&gt;')).toEqual([{ t: 'Small caps <x>' }]);
  });

  it('keep white space inside formatting, trim it around the entry', () => {
    expect(citeprocRuns('\n  <i> a </i> b \n')).toEqual([{ t: ' a ', i: 1 }, { t: ' b' }]);
  });
});

describe('engines are reused without leaking items into each other', () => {
  it('formats the same id again with new data', () => {
    const first = cslItem(personText, fixtureEdition, { lang: 'en', accessed, url: baseUrl });
    const later = cslItem(personText, fixtureEdition, { lang: 'en', accessed: new Date('2027-01-02T00:00:00Z'), url: baseUrl });
    expect(formatReference(first, { style: 'mla', locale: 'en' }).bibliography.text).toContain('Accessed 5 Mar. 2026.');
    expect(formatReference(later, { style: 'mla', locale: 'en' }).bibliography.text).toContain('Accessed 2 Jan. 2027.');
  });
});
