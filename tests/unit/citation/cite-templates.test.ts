import { describe, expect, it } from 'vitest';
import { loadEdition } from '@/lib/pipeline/load-edition';
import { citeTemplates, formatAccessDate, staticCite, type CiteRun } from '@/lib/citation/cite-templates';
import { runsText, tokens } from '@/contract/cite-tokens';
import { cslItem } from '@/lib/citation/csl-item';
import { formatReference } from '@/lib/citation/format';
import { styleIds } from '@/lib/citation/styles';

const { edition } = loadEdition();
if (!edition) throw new Error('the edition does not load');
const januar = edition.texts.find((text) => text.slug === 'januar-aufstand');
if (!januar) throw new Error('januar-aufstand is missing');

describe('the access date the page script writes', () => {
  it('is, for every style and language, what citeproc itself prints for that day', () => {
    for (const lang of ['de', 'en'] as const) {
      const { dates } = citeTemplates(januar, edition.meta, { lang, locale: lang });
      for (const style of styleIds) {
        for (const day of ['2026-01-02', '2026-05-09', '2026-09-23', '2027-12-31', '2028-02-29']) {
          const date = new Date(`${day}T12:00:00`);
          const expected = formatReference(cslItem(januar, edition.meta, { lang, url: 'https://x.test', accessed: new Date(`${day}T12:00:00Z`) }), { style, locale: lang })
            .bibliography.text;
          expect(expected).toContain(formatAccessDate(dates[style], date));
        }
      }
    }
  }, 60_000);
});

describe('templates', () => {
  it('without a public address: the page’s origin is a token, nothing invents a host', () => {
    const templates = citeTemplates(januar, edition.meta, { lang: 'en', locale: 'en' });
    const all = JSON.stringify(templates);
    expect(all).toContain('{origin}/en/texts/januar-aufstand');
    expect(all).not.toMatch(/https?:\/\/(?!socialismkz\.info)/);
    expect(runsText(templates.styles.chicago.bibliography)).toContain('Accessed {accessed}.');
  });

  it('one work: the ¶ is the pin-cite of the note, the entry is the same for text, ¶ and range', () => {
    const { styles } = citeTemplates(januar, edition.meta, { lang: 'en', locale: 'en', url: new URL('https://kasachstan-2022.test') });
    expect(runsText(styles.chicago.shortNote?.single ?? [])).toBe('Sozialistische Bewegung Kasachstans, “January Uprising,” para. 99999.');
    expect(runsText(styles.apa.note.range)).toBe('(Sozialistische Bewegung Kasachstans, 2022/2026, paras. 99998–99999)');
    expect(runsText(styles.chicago.bibliography)).not.toMatch(/#p/);
    expect(runsText(styles.chicago.bibliography)).toContain('Original: Russian, www.socialismkz.info, January 24, 2022.');
    expect(runsText(styles.mla.bibliography)).toContain('Original: Russian, www.socialismkz.info, January 24, 2022.');
    expect(runsText(styles.apa.bibliography)).toContain('(Original work published 2022 in Russian: www.socialismkz.info)');
  });

  it('Chicago’s full note names the original and its date; the short note only points back', () => {
    const { styles } = citeTemplates(januar, edition.meta, { lang: 'en', locale: 'en', url: new URL('https://kasachstan-2022.test') });
    for (const scope of ['text', 'single', 'range'] as const) {
      expect(runsText(styles.chicago.note[scope])).toMatch(/, 2026, .*\. Original: Russian, www\.socialismkz\.info, January 24, 2022\.$/);
      expect(runsText(styles.chicago.shortNote?.[scope] ?? [])).not.toContain('Original');
    }
    const german = citeTemplates(januar, edition.meta, { lang: 'de', locale: 'de', url: new URL('https://kasachstan-2022.test') });
    expect(runsText(german.styles.chicago.note.single)).toMatch(/Original: Russisch, www\.socialismkz\.info, 24\. Januar 2022\.$/);
  });

  it('the page without JavaScript: the whole text, no access date, no address when none is set', () => {
    const cite = staticCite(januar, edition.meta, { lang: 'de', locale: 'de' });
    expect(runsText(cite.chicago.bibliography)).toBe(
      'Sozialistische Bewegung Kasachstans. „Der Januar-Aufstand und die Massenstreiks in Kasachstan“. Übersetzt von Christoph Wälz. Kasachstan 2022 – Zweisprachige Leseausgabe, 2026. Original: Russisch, www.socialismkz.info, 24. Januar 2022.',
    );
  });
});

describe('citations travel as runs, never as HTML', () => {
  const every = (runs: CiteRun[][]) => runs.flat();
  const allRuns = (lang: 'de' | 'en') => {
    const { styles } = citeTemplates(januar, edition.meta, { lang, locale: lang });
    return Object.values(styles).flatMap((style) => every([style.bibliography, ...Object.values(style.note), ...Object.values(style.shortNote ?? {})]));
  };

  it('no template holds markup or an entity: a run is text with at most an italic and a bold flag', () => {
    for (const lang of ['de', 'en'] as const) {
      const runs = allRuns(lang);
      expect(runs.length).toBeGreaterThan(0);
      for (const run of runs) {
        expect(run.t, JSON.stringify(run)).not.toMatch(/[<>]|&(#?\w+);/);
        expect(Object.keys(run).every((key) => ['t', 'i', 'b'].includes(key))).toBe(true);
      }
    }
  }, 60_000);

  it('each token lies whole within one run, so that the page can fill it in run by run', () => {
    for (const lang of ['de', 'en'] as const) {
      const { styles } = citeTemplates(januar, edition.meta, { lang, locale: lang });
      for (const style of Object.values(styles)) {
        for (const runs of [style.bibliography, ...Object.values(style.note)]) {
          for (const token of [tokens.origin, tokens.accessed, tokens.single, tokens.range]) {
            const inText = runsText(runs).split(token).length - 1;
            const inRuns = runs.reduce((count, run) => count + run.t.split(token).length - 1, 0);
            expect(inRuns, `${token} in ${runsText(runs)}`).toBe(inText);
          }
        }
      }
    }
  }, 60_000);

  it('a template filled in is the reference citeproc formats for that day, character for character', () => {
    const original = edition.texts.find((text) => text.slug === 'hintergruende');
    if (!original) throw new Error('hintergruende is missing');
    const item = cslItem(original, edition.meta, { lang: 'de', url: 'https://x.test', accessed: new Date('2026-03-05T12:00:00Z') });
    const { styles, dates } = citeTemplates(original, edition.meta, { lang: 'de', locale: 'de', url: new URL('https://x.test') });
    for (const style of styleIds) {
      const expected = formatReference(item, { style, locale: 'de' }).bibliography.text;
      expect(runsText(styles[style].bibliography).replace(tokens.accessed, formatAccessDate(dates[style], new Date(2026, 2, 5, 12)))).toBe(expected);
    }
  }, 60_000);
});
