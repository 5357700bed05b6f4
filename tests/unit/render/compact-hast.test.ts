import { describe, expect, test } from 'vitest';
import { proseToHast } from '@/lib/markdown/prose-to-hast';
import { compactHast } from '@/lib/render/compact-hast';

describe('compactHast', () => {
  test('a one-paragraph gloss is its inline content: texts and [tag, attributes, …children]', () => {
    expect(compactHast(proseToHast('A *state* company, see [KMG](https://kmg.kz).', 'en'))).toEqual([
      'A ',
      ['em', {}, 'state'],
      ' company, see ',
      ['a', { href: 'https://kmg.kz', rel: 'noopener noreferrer' }, 'KMG'],
      '.',
    ]);
  });

  test('several paragraphs stay paragraphs, without the whitespace between them', () => {
    expect(compactHast(proseToHast('One.\n\nTwo.', 'de'))).toEqual([
      ['p', {}, 'One.'],
      ['p', {}, 'Two.'],
    ]);
  });

  test('attribute names are HTML’s, and neighbouring texts are joined', () => {
    const tree = {
      type: 'element' as const,
      tagName: 'p',
      properties: { className: ['note-sources'], dataLabelDe: 'Quellen' },
      children: [
        { type: 'text' as const, value: 'a' },
        { type: 'text' as const, value: 'b' },
      ],
    };
    expect(compactHast({ type: 'root', children: [tree] })).toEqual(['ab']);
    expect(compactHast({ type: 'root', children: [tree, tree] })).toEqual([
      ['p', { class: 'note-sources', 'data-label-de': 'Quellen' }, 'ab'],
      ['p', { class: 'note-sources', 'data-label-de': 'Quellen' }, 'ab'],
    ]);
  });
});
