import { describe, expect, it } from 'vitest';
import { anchorInBlock, reanchor } from '@/client/reading/anchor';
import type { ReaderAnnotation } from '@/client/reading/annotation';

const p12 = 'Tengizchevroil kündigte an, 40.000 Beschäftigte zu entlassen, was die Streiks im Westen auslöste.';

function annotationOn(block: string, text: string, exact: string): ReaderAnnotation {
  const start = text.indexOf(exact);
  const end = start + exact.length;
  return {
    id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
    created: '2026-12-01T10:00:00.000Z',
    modified: '2026-12-01T10:00:00.000Z',
    text: 'januar-aufstand',
    lang: 'de',
    block,
    quote: { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    position: { start, end },
    colour: 'yellow',
    note: '',
    tags: [],
  };
}

const highlight = annotationOn('p12', p12, '40.000 Beschäftigte zu entlassen');

describe('re-anchoring a reader’s annotation', () => {
  it('finds it where it was when the block is unchanged', () => {
    expect(reanchor(highlight, new Map([['p12', p12]]), {})).toEqual({ status: 'exact', block: 'p12', start: highlight.position.start, end: highlight.position.end });
  });

  it('follows the words when a word before the quote changed', () => {
    const edited = p12.replace('kündigte an', 'kündigte im Dezember 2021 an');
    const result = reanchor(highlight, new Map([['p12', edited]]), {});
    expect(result).toMatchObject({ status: 'exact', block: 'p12' });
    if (result.status !== 'orphan') expect(edited.slice(result.start, result.end)).toBe('40.000 Beschäftigte zu entlassen');
  });

  it('finds approximately quoted words when a word inside the quote was corrected', () => {
    const corrected = p12.replace('Beschäftigte', 'Beschäftigten');
    const result = reanchor(highlight, new Map([['p12', corrected]]), {});
    expect(result).toMatchObject({ status: 'fuzzy', block: 'p12' });
    if (result.status !== 'orphan') expect(corrected.slice(result.start, result.end)).toMatch(/^40\.000 Beschäftigten? zu entlassen$/);
  });

  it('follows the anchors lock when the block was split', () => {
    const [first, second] = ['Tengizchevroil kündigte an, 40.000 Beschäftigte zu entlassen.', 'Das löste die Streiks im Westen aus.'];
    const result = reanchor(
      highlight,
      new Map([
        ['p12a', first!],
        ['p12b', second!],
      ]),
      { p12: ['p12a', 'p12b'] },
    );
    expect(result).toMatchObject({ status: 'moved', block: 'p12a' });
  });

  it('prefers the occurrence whose context matches when the words occur twice', () => {
    const text = 'Die Streiks begannen im Westen. Später: die Streiks begannen im Osten.';
    const second = annotationOn('p3', text, 'Streiks begannen im Osten'.slice(0, 16));
    second.position = { start: text.lastIndexOf('Streiks begannen'), end: text.lastIndexOf('Streiks begannen') + 16 };
    second.quote = { exact: 'Streiks begannen', prefix: 'Später: die ', suffix: ' im Osten.' };
    const shifted = `Neu. ${text}`;
    const match = anchorInBlock(shifted, second);
    expect(match?.start).toBe(shifted.lastIndexOf('Streiks begannen'));
  });

  it('keeps an annotation whose words were deleted as an orphan, never dropping it', () => {
    const rewritten = 'Der Konzern plante Entlassungen; die Zahl blieb offen.';
    expect(reanchor(highlight, new Map([['p12', rewritten]]), {})).toEqual({ status: 'orphan' });
  });
});
