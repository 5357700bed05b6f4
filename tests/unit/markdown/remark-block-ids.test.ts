import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseVersion } from '@/lib/markdown/parse-version';

const parse = (markdown: string) => parseVersion(markdown, 'test.md');
const ids = (markdown: string) => parse(markdown).blocks.map((block) => block.id);

describe('remarkBlockIds', () => {
  it('reads the trailing id of paragraphs, headings and list items and strips it from the text', () => {
    const { blocks, problems } = parse('## Titel {#p1}\n\nEin Absatz. {#p2}\n\n- Punkt eins {#p3}\n- Punkt zwei {#p4}\n');
    expect(problems).toEqual([]);
    expect(blocks.map((block) => [block.id, block.kind, toString({ type: 'paragraph', children: block.children })])).toEqual([
      ['p1', 'heading', 'Titel'],
      ['p2', 'paragraph', 'Ein Absatz.'],
      ['p3', 'item', 'Punkt eins'],
      ['p4', 'item', 'Punkt zwei'],
    ]);
  });

  it('keeps the block’s line and the heading depth', () => {
    const [heading, paragraph] = parse('### Unterabschnitt {#p1}\n\n\nText {#p2}\n').blocks;
    expect(heading).toMatchObject({ depth: 3, line: 1 });
    expect(paragraph).toMatchObject({ line: 4 });
  });

  it('accepts ids with a letter suffix for blocks inserted later', () => {
    expect(ids('Eins {#p12}\n\nEingefügt {#p12a}\n')).toEqual(['p12', 'p12a']);
  });

  it('names each list by its first item and keeps ordered lists’ start', () => {
    const { blocks } = parse('3. drei {#p1}\n4. vier {#p2}\n\nZwischen {#p3}\n\n- a {#p4}\n');
    expect(blocks.map((block) => block.list)).toEqual([{ key: 'p1', ordered: true, start: 3 }, { key: 'p1', ordered: true, start: 3 }, undefined, { key: 'p4', ordered: false }]);
  });

  it('keeps the id marker out of inline markup and links', () => {
    const { blocks } = parse('Siehe <https://example.org/a> und *dies*. {#p1}\n');
    expect(blocks[0]?.children.map((child) => child.type)).toEqual(['text', 'link', 'text', 'emphasis', 'text']);
    expect(toString({ type: 'paragraph', children: blocks[0]?.children ?? [] })).toBe('Siehe https://example.org/a und dies.');
  });

  it('reports a block without an id', () => {
    expect(parse('Kein Anker hier.\n').problems.map((problem) => problem.message)).toEqual(['this paragraph has no id']);
  });

  it('reports a malformed id, a hyphenated id and an id marker inside the text', () => {
    expect(parse('Text {#P1}\n').problems[0]?.message).toBe('“P1” is not a valid block id');
    expect(parse('Text {#p1-2}\n').problems[0]?.message).toBe('“p1-2” is not a valid block id');
    expect(parse('Erst {#p1} dann {#p2}\n').problems[0]?.message).toBe('block p2 has a second id marker inside its text');
  });

  it('reports a duplicate id with the line of its first use', () => {
    const { problems } = parse('Eins {#p1}\n\nZwei {#p1}\n');
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([[3, 'id p1 is used twice (first on line 1)']]);
  });

  it('reports an empty block', () => {
    expect(parse('{#p1}\n').problems[0]?.message).toBe('block p1 is empty');
  });

  it('gives the same blocks when run twice on the same source', () => {
    const source = 'Eins {#p1}\n\n- zwei {#p2}\n';
    expect(parse(source).blocks).toEqual(parse(source).blocks);
  });
});
