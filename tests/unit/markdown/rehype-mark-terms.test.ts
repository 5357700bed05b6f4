import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeMarkTerms, type MarkTermsOptions, type TermForm } from '@/lib/markdown/rehype-mark-terms';

const forms: TermForm[] = [
  { form: 'Kasachstan', entry: 'kazakhstan' },
  { form: 'Kasachstans', entry: 'kazakhstan' },
  { form: 'Mangistau', entry: 'mangystau' },
  { form: 'Bezirk Mangistau', entry: 'mangystau-region' },
  { form: 'NATO', entry: 'nato' },
  { form: 'US', entry: 'usa' },
];

/** Finds the forms; with no policy given every occurrence is marked, so that these cases show the matching alone. */
function mark(html: string, options: Omit<MarkTermsOptions, 'forms'> = { policies: new Map(forms.map((term) => [term.entry, 'every' as const])) }) {
  const tree = fromHtml(html, { fragment: true }) as Root;
  const file = new VFile();
  const result = unified()
    .use(rehypeMarkTerms, { forms, ...options })
    .runSync(tree, file) as Root;
  return { html: toHtml(result), occurrences: file.data.termOccurrences };
}

describe('rehypeMarkTerms', () => {
  it('marks every listed form as a term of its entry', () => {
    expect(mark('<p data-block="p1">Kasachstan und die NATO</p>').html).toBe(
      '<p data-block="p1"><span data-term="kazakhstan" data-marked="">Kasachstan</span> und die <span data-term="nato" data-marked="">NATO</span></p>',
    );
  });

  it('does not mark a form inside another word', () => {
    expect(mark('<p data-block="p1">Westkasachstan, Kasachstaner, NATOs</p>').html).toBe('<p data-block="p1">Westkasachstan, Kasachstaner, NATOs</p>');
  });

  it('treats a hyphen as a word boundary', () => {
    expect(mark('<p data-block="p1">das NATO-Ausbildungszentrum und US-Konzerne</p>').html).toBe(
      '<p data-block="p1">das <span data-term="nato" data-marked="">NATO</span>-Ausbildungszentrum und <span data-term="usa" data-marked="">US</span>-Konzerne</p>',
    );
  });

  it('lets the longest form win', () => {
    expect(mark('<p data-block="p1">im Bezirk Mangistau und in Mangistau</p>').html).toBe(
      '<p data-block="p1">im <span data-term="mangystau-region" data-marked="">Bezirk Mangistau</span> und in <span data-term="mangystau" data-marked="">Mangistau</span></p>',
    );
    expect(mark('<p data-block="p1">des Kasachstans</p>').html).toBe('<p data-block="p1">des <span data-term="kazakhstan" data-marked="">Kasachstans</span></p>');
  });

  it('is case-sensitive', () => {
    expect(mark('<p data-block="p1">nato, kasachstan</p>').html).toBe('<p data-block="p1">nato, kasachstan</p>');
  });

  it('never marks inside a link or inside a note marker', () => {
    expect(mark('<p data-block="p1"><a href="https://nato.int">NATO</a><sup data-note-marker="n">NATO</sup></p>').html).toBe(
      '<p data-block="p1"><a href="https://nato.int">NATO</a><sup data-note-marker="n">NATO</sup></p>',
    );
  });

  it('marks inside emphasis and inside a note’s span', () => {
    expect(mark('<p data-block="p1"><em>NATO</em> <span data-note="x">in Kasachstan</span></p>').html).toBe(
      '<p data-block="p1"><em><span data-term="nato" data-marked="">NATO</span></em> <span data-note="x">in <span data-term="kazakhstan" data-marked="">Kasachstan</span></span></p>',
    );
  });

  it('records each occurrence with its block, form and where it starts in the block, in reading order', () => {
    expect(mark('<p data-block="p1">Kasachstan</p><p data-block="p2">Kasachstans NATO</p>').occurrences).toEqual([
      { entry: 'kazakhstan', block: 'p1', form: 'Kasachstan', marked: true, start: 0 },
      { entry: 'kazakhstan', block: 'p2', form: 'Kasachstans', marked: true, start: 0 },
      { entry: 'nato', block: 'p2', form: 'NATO', marked: true, start: 12 },
    ]);
  });

  it("counts a start in the block's words, inside emphasis and past a note's marker", () => {
    const { occurrences } = mark('<p data-block="p1"><span data-note="n1">Die</span><sup data-note-marker="n1">12</sup> <em>große NATO</em></p>');
    expect(occurrences?.map((occurrence) => [occurrence.form, occurrence.start])).toEqual([['NATO', 10]]);
  });

  it('changes nothing when run twice', () => {
    const once = mark('<p data-block="p1">Kasachstan und die NATO</p>').html;
    expect(mark(once).html).toBe(once);
  });
});

describe('rehypeMarkTerms: the marking policy', () => {
  const marked = (html: string, options: Omit<MarkTermsOptions, 'forms'> = {}) =>
    (mark(html, options).occurrences ?? []).map((occurrence) => `${occurrence.block}:${occurrence.form}${occurrence.marked ? '*' : ''}`);

  it('marks an entry at its first occurrence by default, and still records every occurrence', () => {
    expect(marked('<p data-block="p1">Kasachstan, Kasachstans</p><p data-block="p2">Kasachstan</p>')).toEqual(['p1:Kasachstan*', 'p1:Kasachstans', 'p2:Kasachstan']);
    expect(mark('<p data-block="p1">NATO und NATO</p>', {}).html).toBe(
      '<p data-block="p1"><span data-term="nato" data-marked="">NATO</span> und <span data-term="nato">NATO</span></p>',
    );
  });

  it('section: once after every heading', () => {
    const html = '<p data-block="p1">NATO</p><p data-block="p2">NATO</p><h2 data-block="p3">Teil</h2><p data-block="p4">NATO</p>';
    expect(marked(html, { policies: new Map([['nato', 'section']]) })).toEqual(['p1:NATO*', 'p2:NATO', 'p4:NATO*']);
  });

  it('every and never', () => {
    const html = '<p data-block="p1">NATO, US</p><p data-block="p2">NATO, US</p>';
    expect(
      marked(html, {
        policies: new Map([
          ['nato', 'every'],
          ['usa', 'never'],
        ]),
      }),
    ).toEqual(['p1:NATO*', 'p1:US', 'p2:NATO*', 'p2:US']);
  });

  it('marks a name again where it is the whole quote of a note (the note is about it), unless it is never marked', () => {
    const html = '<p data-block="p1">NATO, US</p><p data-block="p2"><span data-note="n">NATO</span>, <span data-note="m">US</span>, <span data-note="o">die NATO</span></p>';
    expect(marked(html, { policies: new Map([['usa', 'never']]) })).toEqual(['p1:NATO*', 'p1:US', 'p2:NATO*', 'p2:US', 'p2:NATO']);
  });

  it('puts at most maxPerBlock marks in a block and marks the rest at their next occurrence', () => {
    const html = '<p data-block="p1">Kasachstan, NATO, US</p><p data-block="p2">US</p>';
    expect(marked(html, { maxPerBlock: 2 })).toEqual(['p1:Kasachstan*', 'p1:NATO*', 'p1:US', 'p2:US*']);
  });
});
