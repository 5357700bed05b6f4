import { describe, expect, it } from 'vitest';
import { buildLexicon, joinLines } from '../../../lib/importer/hyphenation';
import { normaliseSource } from '../../../lib/importer/normalise';

/** Join all lines of a small document as one block, with the document as lexicon. */
function join(source: string, lexiconSource = source) {
  return joinLines(normaliseSource(source), buildLexicon(normaliseSource(lexiconSource)));
}

describe('joinLines', () => {
  it('joins ordinary lines with a space', () => {
    expect(join('Die Arbeiter traten\nin den Streik.').text).toBe('Die Arbeiter traten in den Streik.');
  });

  it('keeps the hyphen of US- + amerikanische and closes up (capitals before the hyphen)', () => {
    const { text, decisions } = join('wo sich seit 1993 US-\namerikanische Unternehmen angesiedelt haben');
    expect(text).toBe('wo sich seit 1993 US-amerikanische Unternehmen angesiedelt haben');
    expect(decisions).toEqual([expect.objectContaining({ line: 1, kind: 'hyphen', certain: true })]);
  });

  it('keeps a suspended hyphen and its space: Nord- + und Ostkasachstans', () => {
    const { text, decisions } = join('in den Bezirkszentren Nord-\nund Ostkasachstans');
    expect(text).toBe('in den Bezirkszentren Nord- und Ostkasachstans');
    expect(decisions[0]?.decision).toMatch(/suspended hyphen/);
  });

  it('removes the hyphen of a syllable split, sure when the word occurs elsewhere', () => {
    const { text, decisions } = join('Die Versammlung begann. Am Abend kam die Ver-\nsammlung zu einem Beschluss.');
    expect(text).toBe('Die Versammlung begann. Am Abend kam die Versammlung zu einem Beschluss.');
    expect(decisions).toEqual([expect.objectContaining({ kind: 'hyphen', certain: true, decision: expect.stringMatching(/removed/) })]);
  });

  it('removes the hyphen of a syllable split it cannot confirm, but marks it', () => {
    const { text, decisions } = join('Am Abend kam die Ver-\nsammlung zu einem Beschluss.');
    expect(text).toBe('Am Abend kam die Versammlung zu einem Beschluss.');
    expect(decisions[0]?.certain).toBe(false);
  });

  it('keeps the hyphen when the hyphenated form occurs elsewhere in the document', () => {
    const { text, decisions } = join('Die Öl-\narbeiter streikten.', 'Die Öl-\narbeiter streikten. Alle Öl-arbeiter.');
    expect(text).toBe('Die Öl-arbeiter streikten.');
    expect(decisions[0]).toMatchObject({ certain: true });
  });

  it('keeps the hyphen before a capital: a compound such as Tengiz-Ölfeld', () => {
    expect(join('auf dem Tengiz-\nÖlfeld').text).toBe('auf dem Tengiz-Ölfeld');
  });

  it('treats a spaced dash at the line end as a dash, not a hyphen', () => {
    const { text, decisions } = join('wo es sie zuvor nicht gegeben hatte -\nin Petropawlowsk');
    expect(text).toBe('wo es sie zuvor nicht gegeben hatte - in Petropawlowsk');
    expect(decisions).toEqual([]);
  });

  it('leaves an address at a line end apart, but marks it', () => {
    const { text, decisions } = join('(Quelle: https://example.org/streik/\nbericht)');
    expect(text).toBe('(Quelle: https://example.org/streik/ bericht)');
    expect(decisions[0]).toMatchObject({ kind: 'line-break', certain: false });
  });
});

describe('buildLexicon', () => {
  it('counts inflected forms but not the pieces of split words', () => {
    const lexicon = buildLexicon(normaliseSource('US-amerikanischer Konzern, die Ver-\nsammlung.'));
    expect(lexicon.count('US-amerikanische')).toBe(1);
    expect(lexicon.count('Ver')).toBe(0);
    expect(lexicon.count('sammlung')).toBe(0);
  });
});
