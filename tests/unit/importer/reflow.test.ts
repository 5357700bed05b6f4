import { describe, expect, it } from 'vitest';
import { normaliseSource } from '../../../lib/importer/normalise';
import { lineBreakDecisions, reflow } from '../../../lib/importer/reflow';
import type { ExtractionResult } from '../../../lib/importer/types';

/** A PDF page about 60 characters wide. */
const pdf: ExtractionResult = { kind: 'pdf', certain: true, reason: '', measure: 60 };
const web: ExtractionResult = { kind: 'web', certain: true, reason: '', measure: 0 };

function paragraphs(source: string, extraction = pdf) {
  const result = reflow(normaliseSource(source), extraction);
  return { ...result, texts: result.groups.map((group) => group.lines.map((line) => line.text).join(' ')) };
}

describe('reflow (PDF)', () => {
  it('joins hard-wrapped lines into a paragraph and splits at a blank line', () => {
    const { texts, decisions } = paragraphs('Die Bergleute trafen sich am Morgen vor dem Gebäude der\nDirektion.\n \nDanach zogen sie gemeinsam zum Platz.');
    expect(texts).toEqual(['Die Bergleute trafen sich am Morgen vor dem Gebäude der Direktion.', 'Danach zogen sie gemeinsam zum Platz.']);
    expect(decisions).toEqual([]);
  });

  it('joins across a page break that falls inside a sentence, and reports it as certain', () => {
    const source = [
      'Die Proteste können daher als Fortsetzung der Streiks des',
      'letzten Jahres gegen die Rationalisierungspolitik',
      '',
      '',
      '',
      'bezeichnet werden, bei der viele Betriebe ausgegliedert wurden.',
      '',
      'Am nächsten Tag ging es weiter.',
    ].join('\n');
    const { texts, decisions } = paragraphs(source);
    expect(texts[0]).toBe(
      'Die Proteste können daher als Fortsetzung der Streiks des letzten Jahres gegen die Rationalisierungspolitik bezeichnet werden, bei der viele Betriebe ausgegliedert wurden.',
    );
    expect(texts).toHaveLength(2);
    expect(decisions).toEqual([expect.objectContaining({ line: 2, kind: 'page-break', certain: true, decision: expect.stringMatching(/lines 3–5 blank.*joined/) })]);
  });

  it('starts a new paragraph at a page break after a finished sentence', () => {
    const source = [
      'Und deshalb haben die Streikenden den Aufbau neuer',
      'Industrien gefordert.',
      ' ',
      '',
      '',
      'Unter so harten Bedingungen bildeten die Kollektive eine',
      'starke Verbindung.',
    ].join('\n');
    const { texts, decisions } = paragraphs(source);
    expect(texts).toHaveLength(2);
    expect(decisions[0]).toMatchObject({ line: 2, kind: 'page-break', certain: true });
    expect(decisions[0]?.decision).toMatch(/new paragraph/);
  });

  it('marks a page break after a sentence that ends at a full line as uncertain', () => {
    const source = [
      'Der Streik dauerte eine Woche und endete mit einem Erfolg der',
      'Belegschaft, die alle ihre Forderungen durchsetzen konnte, ja.',
      '',
      '',
      '',
      'Danach kehrte Ruhe ein.',
    ].join('\n');
    const { texts, decisions } = paragraphs(source);
    expect(texts).toHaveLength(2);
    expect(decisions[0]).toMatchObject({ kind: 'page-break', certain: false });
  });

  it('does not run a heading into the text after a page break', () => {
    const { texts } = paragraphs('Soziale Explosion\n\n\n\nAnlass für die Explosion war der Gaspreis.');
    expect(texts).toEqual(['Soziale Explosion', 'Anlass für die Explosion war der Gaspreis.']);
  });

  it('removes a page number standing alone, judges the break across it and lists it', () => {
    const source = ['Daraufhin beschlossen die Versammelten, am nächsten', '', '12', '', 'Tag in den Streik zu treten.'].join('\n');
    const { texts, decisions } = paragraphs(source);
    expect(texts).toEqual(['Daraufhin beschlossen die Versammelten, am nächsten Tag in den Streik zu treten.']);
    expect(decisions.map((decision) => [decision.line, decision.kind, decision.certain])).toEqual([
      [1, 'page-break', false],
      [3, 'page-furniture', true],
    ]);
    expect(decisions[1]?.decision).toBe('line 3 "12" is a page number: removed as extraction damage; restore it by hand if it is part of the text');
  });

  it('removes a running head with a page number and judges the break across it', () => {
    const source = [
      'Die Ölarbeiter traten in den Streik, z. B.',
      '',
      'Gewerkschaften in Zentralasien 3',
      '',
      'die Beschäftigten von Tengizchevroil. Das war neu.',
      '',
      'Gewerkschaften in Zentralasien 4',
      '',
      'Danach kehrte Ruhe ein.',
    ].join('\n');
    const { texts, furniture } = paragraphs(source);
    expect(texts).toEqual(['Die Ölarbeiter traten in den Streik, z. B. die Beschäftigten von Tengizchevroil. Das war neu.', 'Danach kehrte Ruhe ein.']);
    expect([...furniture]).toEqual([3, 7]);
  });

  it('removes running heads and page numbers between paragraphs when the sentence ended before them', () => {
    const source = ['Der Streik war vorbei.', '', 'Gewerkschaften', '', '7', '', 'Am Montag ging es weiter.', '', 'Gewerkschaften', '', 'Gewerkschaften'].join('\n');
    const { texts, decisions } = paragraphs(source);
    expect(texts).toEqual(['Der Streik war vorbei.', 'Am Montag ging es weiter.']);
    expect(decisions.filter((decision) => decision.kind === 'page-furniture').map((decision) => decision.line)).toEqual([3, 5, 9, 11]);
  });

  it('removes page numbers that recur inside paragraphs every page, with or without dashes', () => {
    // Each page's text differs (here by a word), as real pages do.
    const word = ['Löhne', 'Mieten', 'Preise', 'Renten'];
    const body = (page: number) => [
      `Die Arbeiter sprachen über die ${word[page - 1] ?? ''} und über die`,
      'Forderungen und über die Löhne, die seit Jahren',
      'nicht gestiegen waren, während die Preise stiegen,',
      'und über die Wohnungen, die fehlten, und über die',
      'Kinder, die keine Arbeit fanden, und über das Gas.',
      'Dann gingen sie zum Platz und blieben dort, bis',
      'der Abend kam und die Polizei den Platz räumte, und',
      `am nächsten Tag kamen sie wieder, wegen der ${word[page - 1] ?? ''}.`,
    ];
    for (const mark of [(page: number) => `— ${page} —`, (page: number) => `- ${page} -`, (page: number) => `Seite ${page}`, (page: number) => `${page}`]) {
      const lines = [1, 2, 3, 4].flatMap((page) => [...body(page), mark(page)]);
      const { texts, decisions } = paragraphs(`${lines.join('\n')}\n\nEnde.`);
      expect(texts).toHaveLength(2);
      expect(texts[0]).not.toMatch(/— \d —|- \d -|Seite \d$|wieder, mehr als zuvor\. \d/u);
      expect(decisions.filter((decision) => decision.kind === 'page-furniture').map((decision) => decision.line)).toEqual([9, 18, 27, 36]);
    }
  });

  it('removes a running head that recurs inside paragraphs at page intervals, and keeps the title', () => {
    const word = ['Löhne', 'Mieten', 'Preise'];
    const page = (n: number) => [
      `Die Versammlung über die ${word[n - 1] ?? ''} dauerte bis in die Nacht, und niemand`,
      'ging nach Hause, bevor die Forderungen',
      'aufgeschrieben waren, Punkt für Punkt, von',
      'der ersten bis zur letzten, und jeder',
      'unterschrieb sie, auch die, die nicht',
      'lesen konnten, mit einem Kreuz oder',
      'ihrem Namen, so gut es ging.',
      `Am Morgen brachten sie die ${word[n - 1] ?? ''} zur Direktion.`,
    ];
    const lines = ['Streik in Schangaösen', '', ...[1, 2, 3].flatMap((n) => ['Streik in Schangaösen', ...page(n)])];
    const { texts, decisions } = paragraphs(lines.join('\n'));
    expect(texts[0]).toBe('Streik in Schangaösen');
    expect(texts.slice(1).join(' ')).not.toContain('Streik in Schangaösen');
    expect(decisions.filter((decision) => decision.kind === 'page-furniture').map((decision) => [decision.line, decision.certain])).toEqual([
      [3, false],
      [12, false],
      [21, false],
    ]);
  });

  it('keeps years that stand on lines of their own inside paragraphs', () => {
    const filler = [
      'und die Arbeiter forderten mehr Lohn und',
      'bessere Wohnungen, wie schon lange,',
      'und die Direktion lehnte ab, wie immer,',
      'und so ging es weiter, Jahr um Jahr,',
      'bis zum Streik im Winter des Jahres',
      'und dem Aufstand im Januar danach, als',
      'alles anders wurde im Land, im Jahr',
    ];
    const lines = [2019, 2020, 2021].flatMap((year) => [`Im Jahr`, `${year}`, ...filler]);
    const { texts, decisions } = paragraphs(lines.join('\n'));
    expect(texts[0]).toContain('Im Jahr 2020 und die Arbeiter');
    expect(decisions.filter((decision) => decision.kind === 'page-furniture')).toEqual([]);
  });

  it('keeps a number that stands inside a paragraph only once', () => {
    const { texts, decisions } = paragraphs('Im Jahr\n2022\nbegann der Aufstand.');
    expect(texts).toEqual(['Im Jahr 2022 begann der Aufstand.']);
    expect(decisions).toEqual([]);
  });

  it('starts a new paragraph at each footnote mark', () => {
    const { texts, decisions } = paragraphs('¹ Vgl. den Bericht der ILO.\n² Interview mit dem Verfasser, Aktau.');
    expect(texts).toEqual(['¹ Vgl. den Bericht der ILO.', '² Interview mit dem Verfasser, Aktau.']);
    expect(decisions).toEqual([expect.objectContaining({ line: 2, kind: 'line-break' })]);
  });

  it('joins where a single blank line falls inside a sentence, marked for the editor', () => {
    const { texts, decisions } = paragraphs('Die Forderungen wurden von der\n\nDirektion abgelehnt und die\n\nversammelten Arbeiter gingen heim.');
    expect(texts).toEqual(['Die Forderungen wurden von der', 'Direktion abgelehnt und die versammelten Arbeiter gingen heim.']);
    expect(decisions).toEqual([expect.objectContaining({ line: 3, certain: false })]);
  });
});

describe('reflow (web)', () => {
  it('makes every line a paragraph of its own', () => {
    const { texts, decisions } = paragraphs('Erster Absatz ohne Punkt\nZweiter Absatz.\n\nDritter Absatz.', web);
    expect(texts).toEqual(['Erster Absatz ohne Punkt', 'Zweiter Absatz.', 'Dritter Absatz.']);
    expect(decisions).toEqual([]);
  });
});

describe('lineBreakDecisions', () => {
  it('reports a sentence that ends at a short line with the next starting without a blank line', () => {
    const lines = normaliseSource(
      [
        'Die gleiche Gefahr hing über den Arbeitern im Bezirk Mangistau,',
        'so die Gewerkschaft.',
        'Zu berücksichtigen ist auch, dass die Vorkommen bald erschöpft',
        'sind. Hier müssen alle Arbeiter mit dem Verlust ihrer Stelle',
        'rechnen, und zwar schon bald nach dem Ende der Förderung. Drohende',
        'Entlassungen schufen eine aussichtslose Lage.',
      ].join('\n'),
    );
    const decisions = lineBreakDecisions([{ kind: 'paragraph', lines }], 60);
    expect(decisions).toEqual([expect.objectContaining({ line: 2, kind: 'line-break', certain: false })]);
  });

  it('reports a sentence end at a full line as certain', () => {
    const lines = normaliseSource('Sie verlangten höhere Löhne und bessere Arbeitsbedingungen.\nDie Direktion lehnte ab.');
    const decisions = lineBreakDecisions([{ kind: 'paragraph', lines }], 60);
    expect(decisions).toEqual([expect.objectContaining({ line: 1, certain: true })]);
  });
});
