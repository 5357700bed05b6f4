/**
 * Every style in both locales against the expected reference, written out by hand and checked against
 * the manuals: Chicago 17 (14.206 web pages, 14.12 access dates, 14.29 shortened notes, 14.103 translators),
 * APA 7 (10.16 webpages, 9.16 retrieval dates, 9.39 translations, 8.28 paragraph numbers) and MLA 9
 * (the container template, 5.111 access dates, 6.20 “par.”). The German locale uses de-DE's terms.
 */
import { describe, expect, it } from 'vitest';
import { loadEdition } from '@/lib/content/load';
import type { Language, Text } from '@/lib/content/model';
import { cslItem } from '@/lib/citation/csl-item';
import { formatReference, simplifyHtml } from '@/lib/citation/format';
import { Reference } from '@/lib/citation/reference';
import type { StyleId } from '@/lib/citation/styles';
import { accessed, baseUrl, fixtureEdition, fixtureText, germanOnlyText, organisationText, personText } from './fixtures';

const { edition } = loadEdition();
if (!edition) throw new Error('the edition does not load');
const site = 'https://kasachstan-2022.example.org';

function real(reference: string, lang: Language) {
  const ref = Reference.parse(reference);
  const text = edition?.texts.find((candidate) => candidate.slug === ref.slug);
  if (!text || !edition) throw new Error(`no text ${ref.slug}`);
  return cslItem(text, edition.meta, { lang, reference: ref, accessed, url: site });
}

function fixture(text: Text, reference: string, lang: Language) {
  return cslItem(text, fixtureEdition, { lang, reference: Reference.parse(reference), accessed, url: baseUrl });
}

const texts = (reference: ReturnType<typeof formatReference>) => [reference.bibliography.text, reference.citation.text];

describe('januar-aufstand#p12, the German version, de-DE', () => {
  const item = real('januar-aufstand#p12', 'de');
  const url = `${site}/de/texts/januar-aufstand#p12`;
  it('Chicago: bibliography entry and shortened note', () => {
    expect(texts(formatReference(item, { style: 'chicago', locale: 'de' }))).toEqual([
      `Sozialistische Bewegung Kasachstans. „Der Januar-Aufstand und die Massenstreiks in Kasachstan“. Übersetzt von Christoph Wälz. Kasachstan 2022 – Zweisprachige Leseausgabe, 24. Januar 2022. Zugegriffen am 5. März 2026. ${url}.`,
      'Sozialistische Bewegung Kasachstans, „Januar-Aufstand“, Abs. 12.',
    ]);
  });
  it('APA: reference list entry and parenthetical citation', () => {
    expect(texts(formatReference(item, { style: 'apa', locale: 'de' }))).toEqual([
      `Sozialistische Bewegung Kasachstans. (2022, 24. Januar). Der Januar-Aufstand und die Massenstreiks in Kasachstan (C. Wälz, Übers.). Kasachstan 2022 – Zweisprachige Leseausgabe. Abgerufen am 5. März 2026, von ${url}`,
      '(Sozialistische Bewegung Kasachstans, 2022, Abs. 12)',
    ]);
  });
  it('MLA: works-cited entry and parenthetical citation', () => {
    expect(texts(formatReference(item, { style: 'mla', locale: 'de' }))).toEqual([
      `Sozialistische Bewegung Kasachstans. „Der Januar-Aufstand und die Massenstreiks in Kasachstan“. Kasachstan 2022 – Zweisprachige Leseausgabe, übersetzt von Christoph Wälz, 24. Januar 2022, ${url}. Zugegriffen am 5. März 2026.`,
      '(Sozialistische Bewegung Kasachstans, Abs. 12)',
    ]);
  });
});

describe('januar-aufstand#p12, the English version, en-US: the edition’s translation of Wälz’s translation', () => {
  const item = real('januar-aufstand#p12', 'en');
  const url = `${site}/en/texts/januar-aufstand#p12`;
  it('Chicago: title in headline style, both translators in the order they translated, access date before the URL', () => {
    expect(texts(formatReference(item, { style: 'chicago', locale: 'en' }))).toEqual([
      `Sozialistische Bewegung Kasachstans. “The January Uprising and the Mass Strikes in Kazakhstan.” Translated by Christoph Wälz and Editors of the Kazakhstan 2022 reading edition. Kazakhstan 2022 – A Bilingual Reading Edition, January 24, 2022. Accessed March 5, 2026. ${url}.`,
      'Sozialistische Bewegung Kasachstans, “January Uprising,” para. 12.',
    ]);
  });
  it('APA: title in sentence case and italics, translators with “Trans.”, retrieval date', () => {
    const reference = formatReference(item, { style: 'apa', locale: 'en' });
    expect(texts(reference)).toEqual([
      `Sozialistische Bewegung Kasachstans. (2022, January 24). The January uprising and the mass strikes in Kazakhstan (C. Wälz & Editors of the Kazakhstan 2022 reading edition, Trans.). Kazakhstan 2022 – A Bilingual Reading Edition. Retrieved March 5, 2026, from ${url}`,
      '(Sozialistische Bewegung Kasachstans, 2022, para. 12)',
    ]);
    expect(reference.bibliography.html).toBe(
      `Sozialistische Bewegung Kasachstans. (2022, January 24). <i>The January uprising and the mass strikes in Kazakhstan</i> (C. Wälz &amp; Editors of the Kazakhstan 2022 reading edition, Trans.). Kazakhstan 2022 – A Bilingual Reading Edition. Retrieved March 5, 2026, from ${url}`,
    );
  });
  it('MLA: the edition as container in italics, “par.”, access date at the end', () => {
    const reference = formatReference(item, { style: 'mla', locale: 'en' });
    expect(texts(reference)).toEqual([
      `Sozialistische Bewegung Kasachstans. “The January Uprising and the Mass Strikes in Kazakhstan.” Kazakhstan 2022 – A Bilingual Reading Edition, translated by Christoph Wälz and Editors of the Kazakhstan 2022 reading edition, 24 Jan. 2022, ${url}. Accessed 5 Mar. 2026.`,
      '(Sozialistische Bewegung Kasachstans, par. 12)',
    ]);
    expect(reference.bibliography.html).toContain('<i>Kazakhstan 2022 – A Bilingual Reading Edition</i>, translated by');
  });
});

describe('hintergruende: a single person as author, a German original', () => {
  it('inverts the name in the bibliography and gives only the family name in citations', () => {
    const de = formatReference(real('hintergruende#p3', 'de'), { style: 'apa', locale: 'de' });
    expect(de.bibliography.text).toBe(
      `Zavatsky, Y. (2022, März). Kasachstan – Hintergründe und Zusammenhänge. Kasachstan 2022 – Zweisprachige Leseausgabe. Abgerufen am 5. März 2026, von ${site}/de/texts/hintergruende#p3`,
    );
    expect(de.citation.text).toBe('(Zavatsky, 2022, Abs. 3)');
    const en = formatReference(real('hintergruende#p3', 'en'), { style: 'chicago', locale: 'en' });
    expect(texts(en)).toEqual([
      `Zavatsky, Yana. “Kazakhstan – Background and Context.” Translated by Editors of the Kazakhstan 2022 reading edition. Kazakhstan 2022 – A Bilingual Reading Edition, March 2022. Accessed March 5, 2026. ${site}/en/texts/hintergruende#p3.`,
      'Zavatsky, “Kazakhstan,” para. 3.',
    ]);
  });
});

describe('pin-cites', () => {
  const cases: [StyleId, Language, string][] = [
    ['chicago', 'en', 'Muster, “Strikes in Zhanaozen,” paras. 12–14.'],
    ['apa', 'en', '(Muster, 2021, paras. 12–14)'],
    ['mla', 'en', '(Muster, pars. 12–14)'],
    ['chicago', 'de', 'Muster, „Streiks in Schangaösen“, Abs. 12–14.'],
    ['apa', 'de', '(Muster, 2021, Abs. 12–14)'],
    ['mla', 'de', '(Muster, Abs. 12–14)'],
  ];
  it.each(cases)('a range in %s (%s) is plural', (style, lang, expected) => {
    expect(formatReference(fixture(personText, 'chronik#p12-p14', lang), { style, locale: lang }).citation.text).toBe(expected);
  });

  it('a heading inserted later (p12a) is cited as 12a', () => {
    const item = fixture(personText, 'chronik#p12a', 'en');
    expect(item.locator).toBe('12a');
    expect(formatReference(item, { style: 'chicago', locale: 'en' }).citation.text).toBe('Muster, “Strikes in Zhanaozen,” para. 12a.');
    expect(formatReference(item, { style: 'apa', locale: 'en' }).citation.text).toBe('(Muster, 2021, para. 12a)');
    expect(formatReference(item, { style: 'mla', locale: 'en' }).citation.text).toBe('(Muster, par. 12a)');
    expect(formatReference(item, { style: 'apa', locale: 'en' }).bibliography.text).toContain('https://edition.test/en/texts/chronik#p12a');
  });

  it('the locator option overrides the item’s', () => {
    const item = fixture(personText, 'chronik#p12', 'en');
    expect(formatReference(item, { style: 'apa', locale: 'en', locator: '13' }).citation.text).toBe('(Muster, 2021, para. 13)');
  });

  it('a whole text is cited without a pin-cite', () => {
    const item = fixture(personText, 'chronik', 'en');
    expect(item.locator).toBeUndefined();
    expect(formatReference(item, { style: 'chicago', locale: 'en' }).citation.text).toBe('Muster, “Strikes in Zhanaozen.”');
    expect(formatReference(item, { style: 'apa', locale: 'en' }).citation.text).toBe('(Muster, 2021)');
    expect(formatReference(item, { style: 'mla', locale: 'en' }).citation.text).toBe('(Muster)');
  });
});

describe('authors, translators, dates', () => {
  it('a person: Chicago, APA and MLA in English, a month-only date', () => {
    const item = fixture(personText, 'chronik#p12', 'en');
    const url = 'https://edition.test/en/texts/chronik#p12';
    expect(formatReference(item, { style: 'chicago', locale: 'en' }).bibliography.text).toBe(
      `Muster, Anna. “Strikes in Zhanaozen: A Chronicle.” Translated by Editors of the sample edition. Sample Edition – A Bilingual Reading Edition, December 2021. Accessed March 5, 2026. ${url}.`,
    );
    expect(formatReference(item, { style: 'apa', locale: 'en' }).bibliography.text).toBe(
      `Muster, A. (2021, December). Strikes in Zhanaozen: A chronicle (Editors of the sample edition, Trans.). Sample Edition – A Bilingual Reading Edition. Retrieved March 5, 2026, from ${url}`,
    );
    expect(formatReference(item, { style: 'mla', locale: 'en' }).bibliography.text).toBe(
      `Muster, Anna. “Strikes in Zhanaozen: A Chronicle.” Sample Edition – A Bilingual Reading Edition, translated by Editors of the sample edition, Dec. 2021, ${url}. Accessed 5 Mar. 2026.`,
    );
  });

  it('an organisation: never inverted or abbreviated; a year-only date', () => {
    const item = fixture(organisationText, 'aufruf#p1', 'en');
    const url = 'https://edition.test/en/texts/aufruf#p1';
    expect(texts(formatReference(item, { style: 'apa', locale: 'en' }))).toEqual([
      `Komitee der Ölarbeiter. (2022). An appeal to the workers of Aktau (M. Beispiel & Editors of the sample edition, Trans.). Sample Edition – A Bilingual Reading Edition. Retrieved March 5, 2026, from ${url}`,
      '(Komitee der Ölarbeiter, 2022, para. 1)',
    ]);
    expect(texts(formatReference(item, { style: 'chicago', locale: 'en' }))).toEqual([
      `Komitee der Ölarbeiter. “An Appeal to the Workers of Aktau.” Translated by Maria Beispiel and Editors of the sample edition. Sample Edition – A Bilingual Reading Edition, 2022. Accessed March 5, 2026. ${url}.`,
      'Komitee der Ölarbeiter, “An Appeal to the Workers of Aktau,” para. 1.',
    ]);
  });

  it('the German version names only the translator into German', () => {
    const item = fixture(organisationText, 'aufruf#p1', 'de');
    expect(formatReference(item, { style: 'mla', locale: 'de' }).bibliography.text).toBe(
      'Komitee der Ölarbeiter. „Aufruf an die Arbeiter von Aktau“. Probeausgabe – Zweisprachige Leseausgabe, übersetzt von Maria Beispiel, 2022, https://edition.test/de/texts/aufruf#p1. Zugegriffen am 5. März 2026.',
    );
  });

  it('a German original in German names no translator, and a full date in German APA is day-month', () => {
    const item = fixture(germanOnlyText, 'flugblatt#p1', 'de');
    expect(formatReference(item, { style: 'apa', locale: 'de' }).bibliography.text).toBe(
      'Streikkomitee. (2022, 5. Januar). Flugblatt der Streikenden. Probeausgabe – Zweisprachige Leseausgabe. Abgerufen am 5. März 2026, von https://edition.test/de/texts/flugblatt#p1',
    );
    expect(formatReference(item, { style: 'chicago', locale: 'de' }).bibliography.text).toBe(
      'Streikkomitee. „Flugblatt der Streikenden“. Probeausgabe – Zweisprachige Leseausgabe, 5. Januar 2022. Zugegriffen am 5. März 2026. https://edition.test/de/texts/flugblatt#p1.',
    );
  });

  it('an English version without an English title keeps the German title as it is', () => {
    const text = fixtureText({
      slug: 'flugblatt',
      title: { de: 'Flugblatt der Streikenden' },
      authors: [{ literal: 'Streikkomitee' }],
      originalLanguage: 'de',
      published: { date: '2022-01-05', language: 'de', container: 'Flugblatt' },
      blocks: { de: [['p1', 'paragraph', 'Streik!']], en: [['p1', 'paragraph', 'Strike!']] },
    });
    const item = fixture(text, 'flugblatt#p1', 'en');
    expect(formatReference(item, { style: 'chicago', locale: 'en' }).bibliography.text).toContain('“Flugblatt der Streikenden.”');
    expect(formatReference(item, { style: 'mla', locale: 'en' }).bibliography.html).toContain('“Flugblatt der Streikenden.”');
  });
});

describe('the HTML', () => {
  it('contains only <i> and <b> besides text', () => {
    for (const style of ['chicago', 'apa', 'mla'] as const) {
      for (const lang of ['de', 'en'] as const) {
        const reference = formatReference(real('januar-aufstand#p12', lang), { style, locale: lang });
        for (const html of [reference.bibliography.html, reference.citation.html]) {
          expect(html.replace(/<\/?[ib]>/g, '')).not.toMatch(/[<>]/);
          expect(html).not.toMatch(/&(?!amp;|lt;|gt;)/);
        }
      }
    }
  });

  it('reduces citeproc’s markup to <i> and <b>', () => {
    expect(simplifyHtml('<div class="csl-entry">A <i>B <span style="font-style:normal;">C</span> D</i> &#38; <b>E</b>.</div>\n')).toBe(
      'A <i>B </i>C<i> D</i> &amp; <b>E</b>.',
    );
    expect(simplifyHtml('<span style="font-variant:small-caps;">Ab</span> x<sup>2</sup> &#60;y&#62;')).toBe('Ab x2 &lt;y&gt;');
    expect(simplifyHtml('<i><b>both</b></i>')).toBe('<i><b>both</b></i>');
  });
});

describe('engines are reused without leaking items into each other', () => {
  it('formats the same id again with new data', () => {
    const first = fixture(personText, 'chronik#p12', 'en');
    const later = cslItem(personText, fixtureEdition, { lang: 'en', reference: Reference.parse('chronik#p12'), accessed: new Date('2027-01-02T00:00:00Z'), url: baseUrl });
    expect(formatReference(first, { style: 'mla', locale: 'en' }).bibliography.text).toContain('Accessed 5 Mar. 2026.');
    expect(formatReference(later, { style: 'mla', locale: 'en' }).bibliography.text).toContain('Accessed 2 Jan. 2027.');
    const other = fixture(organisationText, 'aufruf#p1', 'en');
    expect(formatReference(other, { style: 'mla', locale: 'en' }).bibliography.text).not.toContain('Muster');
  });
});
