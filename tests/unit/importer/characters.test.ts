import { describe, expect, it } from 'vitest';
import { cleanCharacters } from '../../../lib/importer/characters';

describe('cleanCharacters', () => {
  it('leaves ordinary text alone and reports nothing', () => {
    expect(cleanCharacters('Die Streikenden\tforderten „mehr“.\n')).toEqual({ text: 'Die Streikenden\tforderten „mehr“.\n', decisions: [] });
  });

  it('removes control characters, bidi overrides and lone surrogates, and reports each line', () => {
    const { text, decisions } = cleanCharacters('Die Ölarbeiter\u0000 streikten.\nDer \u202eGaspreis\u202c stieg\u0007.\nEnde \ud800hier.');
    expect(text).toBe('Die Ölarbeiter streikten.\nDer Gaspreis stieg.\nEnde hier.');
    expect(decisions.map((decision) => [decision.line, decision.kind, decision.decision])).toEqual([
      [1, 'character', '1 invisible control or format character(s) (U+0000) removed: extraction or conversion damage'],
      [2, 'character', '3 invisible control or format character(s) (U+202E, U+202C, U+0007) removed: extraction or conversion damage'],
      [3, 'character', '1 invisible control or format character(s) (U+D800) removed: extraction or conversion damage'],
    ]);
  });

  it('keeps a replacement character but marks its line for the editor', () => {
    const { text, decisions } = cleanCharacters('Beh\ufffdrdenangaben');
    expect(text).toBe('Beh\ufffdrdenangaben');
    expect(decisions).toEqual([expect.objectContaining({ line: 1, kind: 'character', certain: false })]);
  });

  it('reports HTML in the plain text, and keeps it as text', () => {
    const { text, decisions } = cleanCharacters('Absatz eins.\n<p>Absatz <b>zwei</b>.</p>\nA &amp; B');
    expect(text).toBe('Absatz eins.\n<p>Absatz <b>zwei</b>.</p>\nA &amp; B');
    expect(decisions.map((decision) => [decision.line, decision.kind, decision.decision])).toEqual([
      [2, 'html', 'HTML in the plain text (<p>): kept as text, escaped in the Markdown; remove the markup by hand, or extract the text again without it'],
      [3, 'html', 'HTML in the plain text (&amp;): kept as text, escaped in the Markdown; remove the markup by hand, or extract the text again without it'],
    ]);
  });

  it('does not take a comparison for HTML', () => {
    expect(cleanCharacters('Wenn a < b und c > d').decisions).toEqual([]);
  });
});
