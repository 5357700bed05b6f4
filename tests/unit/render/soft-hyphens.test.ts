import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { fewestBreaks, softHyphens } from '@/lib/render/soft-hyphens';

const element = (html: string) => (fromHtml(html, { fragment: true }) as Root).children[0] as Element;

describe('softHyphens', () => {
  it('puts soft hyphens into long German words only', () => {
    const text = toString(softHyphens(element('<p>Das NATO-Ausbildungszentrum in der Stadt</p>')));
    expect(text.replaceAll('\u00AD', '')).toBe('Das NATO-Ausbildungszentrum in der Stadt');
    // 23 characters: one cut, at the break point nearest its middle.
    expect(text).toContain('NATO-Ausbil\u00ADdungszentrum');
    expect(text).toContain(' in der Stadt');
  });

  it('keeps only the break points a narrow column needs: no piece longer than 12 letters', () => {
    expect(fewestBreaks('So\u00ADwjet\u00ADre\u00ADpu\u00ADbli\u00ADken')).toBe('Sowjetre\u00ADpubliken');
    const word = 'Ver\u00ADfas\u00ADsungs\u00ADän\u00ADde\u00ADrungs\u00ADvor\u00ADschlä\u00ADge\u00ADnen';
    const pieces = fewestBreaks(word).split('\u00AD');
    expect(pieces.join('')).toBe(word.replaceAll('\u00AD', ''));
    expect(pieces.length).toBe(3);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(12);
    expect(fewestBreaks('Stadt')).toBe('Stadt');
  });

  it('adds a break point where the even division leaves a piece too long', () => {
    // 24 letters, break points after 2 and 20: the one nearest the middle (20) leaves 20 letters before it.
    expect(fewestBreaks('ab\u00ADcdefghijklmnopqr\u00ADstuv')).toBe('ab\u00ADcdefghijklmnopqr\u00ADstuv');
    // Points after 2, 10 and 20 of 24 letters: the even cut (10) leaves 14 after it, so 20 is kept too; 2 is not needed.
    expect(fewestBreaks('ab\u00ADcdefghij\u00ADklmnopqrst\u00ADuvwx')).toBe('abcdefghij\u00ADklmnopqrst\u00ADuvwx');
  });

  it('leaves links alone', () => {
    const html = '<p><a href="https://x.org">Ausbildungszentrum</a></p>';
    expect(toString(softHyphens(element(html)))).toBe('Ausbildungszentrum');
  });
});
