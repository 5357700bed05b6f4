import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeMarkTerms, type TermForm } from '@/lib/markdown/rehype-mark-terms';

const forms: TermForm[] = [
  { form: 'Kasachstan', entry: 'kazakhstan' },
  { form: 'Kasachstans', entry: 'kazakhstan' },
  { form: 'Mangistau', entry: 'mangystau' },
  { form: 'Bezirk Mangistau', entry: 'mangystau-region' },
  { form: 'NATO', entry: 'nato' },
  { form: 'US', entry: 'usa' },
];

function mark(html: string) {
  const tree = fromHtml(html, { fragment: true }) as Root;
  const file = new VFile();
  const result = unified().use(rehypeMarkTerms, { forms }).runSync(tree, file) as Root;
  return { html: toHtml(result), occurrences: file.data.termOccurrences };
}

describe('rehypeMarkTerms', () => {
  it('marks every listed form as a term of its entry', () => {
    expect(mark('<p data-block="p1">Kasachstan und die NATO</p>').html).toBe(
      '<p data-block="p1"><span data-term="kazakhstan">Kasachstan</span> und die <span data-term="nato">NATO</span></p>',
    );
  });

  it('does not mark a form inside another word', () => {
    expect(mark('<p data-block="p1">Westkasachstan, Kasachstaner, NATOs</p>').html).toBe('<p data-block="p1">Westkasachstan, Kasachstaner, NATOs</p>');
  });

  it('treats a hyphen as a word boundary', () => {
    expect(mark('<p data-block="p1">das NATO-Ausbildungszentrum und US-Konzerne</p>').html).toBe(
      '<p data-block="p1">das <span data-term="nato">NATO</span>-Ausbildungszentrum und <span data-term="usa">US</span>-Konzerne</p>',
    );
  });

  it('lets the longest form win', () => {
    expect(mark('<p data-block="p1">im Bezirk Mangistau und in Mangistau</p>').html).toBe(
      '<p data-block="p1">im <span data-term="mangystau-region">Bezirk Mangistau</span> und in <span data-term="mangystau">Mangistau</span></p>',
    );
    expect(mark('<p data-block="p1">des Kasachstans</p>').html).toBe('<p data-block="p1">des <span data-term="kazakhstan">Kasachstans</span></p>');
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
      '<p data-block="p1"><em><span data-term="nato">NATO</span></em> <span data-note="x">in <span data-term="kazakhstan">Kasachstan</span></span></p>',
    );
  });

  it('records each occurrence with its block and form, in reading order', () => {
    expect(mark('<p data-block="p1">Kasachstan</p><p data-block="p2">Kasachstans NATO</p>').occurrences).toEqual([
      { entry: 'kazakhstan', block: 'p1', form: 'Kasachstan' },
      { entry: 'kazakhstan', block: 'p2', form: 'Kasachstans' },
      { entry: 'nato', block: 'p2', form: 'NATO' },
    ]);
  });

  it('changes nothing when run twice', () => {
    const once = mark('<p data-block="p1">Kasachstan und die NATO</p>').html;
    expect(mark(once).html).toBe(once);
  });
});
