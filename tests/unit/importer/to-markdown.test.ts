import { describe, expect, it } from 'vitest';
import { blocksToTree, inlineContent, minimiseEscapes, treeToMarkdown, trimAddress } from '../../../lib/importer/to-markdown';
import type { TextBlock } from '../../../lib/importer/types';

function paragraph(text: string): TextBlock {
  return { kind: 'paragraph', text, lines: [] };
}
function heading(text: string): TextBlock {
  return { kind: 'heading', text, lines: [] };
}
function item(text: string, run: number, ordered = false, number?: number): TextBlock {
  return { kind: 'list-item', text, lines: [], list: ordered ? { run, ordered, number: number ?? 1, delimiter: '.' } : { run, ordered } };
}
function markdown(...blocks: TextBlock[]): string {
  return treeToMarkdown(blocksToTree(blocks)).markdown;
}

describe('treeToMarkdown', () => {
  it('writes one block per line, a blank line between blocks and ids in reading order', () => {
    expect(markdown(heading('Ursachen der Proteste'), paragraph('Die Arbeiter streikten.'))).toBe('## Ursachen der Proteste {#p1}\n\nDie Arbeiter streikten. {#p2}\n');
  });

  it('escapes “3. Oktober” at the start of a block, not inside it', () => {
    expect(markdown(paragraph('3. Oktober: Beginn des Streiks am 3. Oktober.'))).toBe('3\\. Oktober: Beginn des Streiks am 3. Oktober. {#p1}\n');
  });

  it('escapes a leading star, but not a star inside the text', () => {
    expect(markdown(paragraph('*Name geändert'), paragraph('Der Einsatz der CSTO* in Kasachstan'))).toBe('\\*Name geändert {#p1}\n\nDer Einsatz der CSTO* in Kasachstan {#p2}\n');
  });

  it('writes a tight list, one id per item, and escapes dates in items', () => {
    expect(markdown(paragraph('Chronik:'), item('30. September: Streik.', 1), item('12. Oktober: Kundgebung.', 1))).toBe(
      'Chronik: {#p1}\n\n- 30\\. September: Streik. {#p2}\n- 12\\. Oktober: Kundgebung. {#p3}\n',
    );
  });

  it('keeps the numbering of an ordered list', () => {
    expect(markdown(item('Höhere Löhne.', 1, true, 4), item('Keine Entlassungen.', 1, true, 5))).toBe('4. Höhere Löhne. {#p1}\n5. Keine Entlassungen. {#p2}\n');
  });

  it('gives two lists in a row different bullets, so that they stay two lists', () => {
    expect(markdown(item('a', 1), item('b', 2))).toBe('- a {#p1}\n\n* b {#p2}\n');
  });

  it('makes addresses links: autolinks, and http:// for a bare www address', () => {
    expect(markdown(paragraph('Quelle: https://example.org/streik_2022/ und www.beispiel.de (http://beispiel.de/?p=1).'))).toBe(
      'Quelle: <https://example.org/streik_2022/> und [www.beispiel.de](http://www.beispiel.de) (<http://beispiel.de/?p=1>). {#p1}\n',
    );
  });

  it('writes nothing for no blocks', () => {
    expect(treeToMarkdown(blocksToTree([]))).toEqual({ markdown: '', count: 0 });
  });
});

describe('inlineContent', () => {
  it('keeps the text around a link exactly', () => {
    const children = inlineContent('(Quelle: https://example.org/a)');
    expect(children.map((child) => child.type)).toEqual(['text', 'link', 'text']);
    expect(children[2]).toEqual({ type: 'text', value: ')' });
  });

  it('makes an e-mail address a mailto: link', () => {
    expect(inlineContent('an info@example.org schreiben')[1]).toMatchObject({ type: 'link', url: 'mailto:info@example.org' });
  });

  it('takes the whole address, from where its characters start (after a colon, a bracket)', () => {
    expect(inlineContent('Kontakt:presse.dienst+kz@example.org')[1]).toMatchObject({ type: 'link', url: 'mailto:presse.dienst+kz@example.org' });
    expect(inlineContent('(a-b.c@example.org)')).toEqual([
      { type: 'text', value: '(' },
      { type: 'link', url: 'mailto:a-b.c@example.org', children: [{ type: 'text', value: 'a-b.c@example.org' }] },
      { type: 'text', value: ')' },
    ]);
  });
});

describe('trimAddress', () => {
  it('drops sentence punctuation and unbalanced brackets, keeps balanced ones', () => {
    expect(trimAddress('https://example.org/a).')).toBe('https://example.org/a');
    expect(trimAddress('https://de.wikipedia.org/wiki/Streik_(Arbeit)')).toBe('https://de.wikipedia.org/wiki/Streik_(Arbeit)');
    expect(trimAddress('https://example.org/a_(b)_[c]])).»')).toBe('https://example.org/a_(b)_[c]');
  });
});

describe('minimiseEscapes', () => {
  it('removes an escape only where the Markdown means the same without it', () => {
    expect(minimiseEscapes('Der CSTO\\* Einsatz')).toBe('Der CSTO* Einsatz');
    expect(minimiseEscapes('ein \\*betontes\\* Wort')).toBe('ein \\*betontes\\* Wort');
  });
});
