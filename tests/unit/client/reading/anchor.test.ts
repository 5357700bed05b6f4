import { describe, expect, it } from 'vitest';
import { anchorInBlock, describeWords, reanchor } from '@/client/reading/anchor';
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
  it('finds it where it was when the block is unchanged', async () => {
    expect(await reanchor(highlight, new Map([['p12', p12]]), {})).toEqual({ status: 'exact', block: 'p12', start: highlight.position.start, end: highlight.position.end });
  });

  it('follows the words when a word before the quote changed', async () => {
    const edited = p12.replace('kündigte an', 'kündigte im Dezember 2021 an');
    const result = await reanchor(highlight, new Map([['p12', edited]]), {});
    expect(result).toMatchObject({ status: 'exact', block: 'p12' });
    if (result.status !== 'orphan') expect(edited.slice(result.start, result.end)).toBe('40.000 Beschäftigte zu entlassen');
  });

  it('finds approximately quoted words when a word inside the quote was corrected', async () => {
    const corrected = p12.replace('Beschäftigte', 'Beschäftigten');
    const result = await reanchor(highlight, new Map([['p12', corrected]]), {});
    expect(result).toMatchObject({ status: 'fuzzy', block: 'p12' });
    if (result.status !== 'orphan') expect(corrected.slice(result.start, result.end)).toMatch(/^40\.000 Beschäftigten? zu entlassen$/);
  });

  it('follows the anchors lock when the block was split, even when the words also occur in an earlier block', async () => {
    // p11 quotes the same words and comes first in reading order: only the lock's redirect says
    // that the highlight went to p12a.
    const p11 = 'Zuvor hatte die Zeitung gemeldet, der Konzern wolle 40.000 Beschäftigte zu entlassen versuchen.';
    const [first, second] = ['Tengizchevroil kündigte an, 40.000 Beschäftigte zu entlassen.', 'Das löste die Streiks im Westen aus.'];
    const blocks = new Map([
      ['p11', p11],
      ['p12a', first!],
      ['p12b', second!],
    ]);
    expect(await reanchor(highlight, blocks, { p12: ['p12a', 'p12b'] })).toEqual({
      status: 'moved',
      block: 'p12a',
      start: first!.indexOf('40.000'),
      end: first!.indexOf('40.000') + 32,
    });
    // Without the redirect the words are taken for those of p11: the redirect is what decides.
    expect(await reanchor(highlight, blocks, {})).toMatchObject({ status: 'moved', block: 'p11' });
  });

  it('prefers the occurrence whose context matches when the words occur twice', async () => {
    const text = 'Die Streiks begannen im Westen. Später: die Streiks begannen im Osten.';
    const second = annotationOn('p3', text, 'Streiks begannen im Osten'.slice(0, 16));
    second.position = { start: text.lastIndexOf('Streiks begannen'), end: text.lastIndexOf('Streiks begannen') + 16 };
    second.quote = { exact: 'Streiks begannen', prefix: 'Später: die ', suffix: ' im Osten.' };
    const shifted = `Neu. ${text}`;
    const match = await anchorInBlock(shifted, second);
    expect(match?.start).toBe(shifted.lastIndexOf('Streiks begannen'));
  });

  it('keeps an annotation whose words were deleted as an orphan, never dropping it', async () => {
    const rewritten = 'Der Konzern plante Entlassungen; die Zahl blieb offen.';
    expect(await reanchor(highlight, new Map([['p12', rewritten]]), {})).toEqual({ status: 'orphan' });
  });

  it('describes the words with about 32 characters of context, to whole words, as W3C selectors', async () => {
    const start = p12.indexOf('die Streiks');
    const described = await describeWords(p12, start, start + 'die Streiks'.length);
    expect(described.position).toEqual({ start, end: start + 'die Streiks'.length });
    expect(described.quote.exact).toBe('die Streiks');
    expect(p12.slice(0, start).endsWith(described.quote.prefix)).toBe(true);
    expect(p12.slice(start + 'die Streiks'.length).startsWith(described.quote.suffix)).toBe(true);
    expect(described.quote.prefix.length).toBeGreaterThanOrEqual(32);
    // Whole words: the prefix starts where a word does.
    expect(p12.slice(0, start - described.quote.prefix.length)).toMatch(/(^|\s)$/);
  });

  it('finds described words again in an unchanged block', async () => {
    const text = 'Die Streiks begannen im Westen. Später: die Streiks begannen im Osten.';
    const start = text.lastIndexOf('Streiks');
    const described = await describeWords(text, start, start + 7);
    const annotation = { ...highlight, block: 'p3', ...described };
    expect(await reanchor(annotation, new Map([['p3', `Neu. ${text}`]]), {})).toEqual({ status: 'exact', block: 'p3', start: start + 5, end: start + 12 });
  });
});
