import { describe, expect, it } from 'vitest';
import { findHeadings } from '../../../lib/importer/headings';
import type { TextBlock } from '../../../lib/importer/types';

const body = 'Die Bergleute trafen sich am Morgen vor dem Gebäude der Direktion, um über die Antwort auf ihre Forderungen zu beraten, und beschlossen den Streik.';

function blocks(...texts: string[]): TextBlock[] {
  return texts.map((text, index) => ({ kind: 'paragraph', text, lines: [{ n: index * 2 + 1, text, indent: 0 }] }));
}

function kinds(texts: string[]) {
  return findHeadings(blocks(...texts)).blocks.map((block) => block.kind);
}

describe('findHeadings', () => {
  it('makes a short line without final punctuation, followed by body text, a heading', () => {
    const { blocks: result, decisions } = findHeadings(blocks(body, 'Ursachen der Proteste', body, body, body));
    expect(result.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph']);
    expect(decisions).toEqual([expect.objectContaining({ line: 3, kind: 'heading', certain: true })]);
  });

  it('recognises numbered parts, even long ones ending in a period', () => {
    expect(kinds([body, 'Mythos 2: Kasachstan ist angeblich ein prorussisches Land, vergleichbar mit Belarus.', body, body])).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
    ]);
    expect(kinds([body, 'Frage 1:', body, body])[1]).toBe('heading');
    expect(kinds([body, 'Kapitel 3', body, body])[1]).toBe('heading');
  });

  it('does not make sentences, questions, colon lines or sources headings', () => {
    for (const text of ['Das dürfen wir nicht vergessen.', 'Was ist da noch vergleichbar?', 'Wirtschaftsstruktur von Kasachstan:', '(Quelle: Gewerkschaft)', '*Name geändert']) {
      expect(kinds([body, text, body, body])[1]).toBe('paragraph');
    }
  });

  it('keeps a short line near the end (a signature) a paragraph, marked for the editor', () => {
    const { blocks: result, decisions } = findHeadings(blocks(body, body, 'Sozialistische Bewegung Kasachstans', 'Der Text wurde zuerst auf Russisch veröffentlicht.'));
    expect(result[2]?.kind).toBe('paragraph');
    expect(decisions).toEqual([expect.objectContaining({ line: 5, certain: false })]);
  });

  it('still makes a usual closing section a heading', () => {
    expect(kinds([body, body, 'Fazit', 'Der Streik hat sich gelohnt.'])[2]).toBe('heading');
  });

  it('is unsure of a heading that is not followed by body text', () => {
    const { decisions } = findHeadings(blocks(body, 'Die Forderungen', 'Kurz gesagt:', body, body, body));
    expect(decisions[0]).toMatchObject({ kind: 'heading', certain: false });
  });

  it('never makes a page number or running head a heading', () => {
    const { blocks: result } = findHeadings(blocks(body, 'Gewerkschaften in Zentralasien 4', body, body, body), new Set([3]));
    expect(result[1]?.kind).toBe('paragraph');
  });

  it('never makes the last block a heading', () => {
    expect(kinds([body, 'Ende']).at(-1)).toBe('paragraph');
  });
});
