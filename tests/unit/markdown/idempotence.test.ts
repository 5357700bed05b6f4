/**
 * Every transformation of the Markdown → hast pipeline, run over its own output, changes nothing: a
 * page that is rendered again, or a pipeline that gains a stage, cannot double a marker, a span or a
 * link. rehypeMarkNotes has its own cases in rehype-mark-notes.test.ts. The one exception is
 * remarkBlockIds: it is the parse step that consumes the `{#p12}` syntax, so a second run over its
 * output finds blocks without ids, and it says so instead of inventing any.
 */
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Root as MdastRoot } from 'mdast';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import type { Node } from 'unist';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeMarkTerms, type TermForm } from '@/lib/markdown/rehype-mark-terms';
import { remarkBlockIds } from '@/lib/markdown/remark-block-ids';
import { remarkCheckProse } from '@/lib/markdown/remark-check-prose';
import { remarkCheckSourceFormat } from '@/lib/markdown/remark-check-source-format';
import { remarkTextLinks } from '@/lib/markdown/remark-text-links';
import { softHyphens } from '@/lib/render/soft-hyphens';

/** Runs a plugin over a tree, then over the result; returns both results and what each run said and recorded. */
function twice<Tree extends HastRoot | MdastRoot, Options>(plugin: Plugin<[Options], Tree>, options: Options, tree: Tree) {
  const run = (input: Tree) => {
    const file = new VFile();
    // unified's overloads cannot take a plugin generic over both tree kinds; each call site pairs them correctly.
    const output = unified()
      .use(plugin as Plugin<[Options], Node>, options)
      .runSync(structuredClone(input), file) as Tree;
    return { output: JSON.stringify(output), messages: file.messages.map((message) => message.reason), data: file.data };
  };
  const once = run(tree);
  return { once, again: run(JSON.parse(once.output) as Tree) };
}

const markdown = (source: string) => unified().use(remarkParse).parse(source);
const html = (source: string) => fromHtml(source, { fragment: true });
const element = (source: string) => html(source).children[0] as Element;

const forms: TermForm[] = [
  { form: 'Kasachstan', entry: 'kazakhstan' },
  { form: 'NATO', entry: 'nato' },
  { form: 'Bezirk Mangistau', entry: 'mangystau-region' },
];

describe('running a plugin twice changes nothing', () => {
  const termsTwice = () => {
    const policies = new Map(forms.map((term) => [term.entry, 'every' as const]));
    return twice(rehypeMarkTerms, { forms, policies }, html('<p data-block="p1">Kasachstan, die NATO und der Bezirk Mangistau; <em>Kasachstan</em></p>'));
  };

  it('rehypeMarkTerms marks each term once', () => {
    const { once, again } = termsTwice();
    expect(again.output).toBe(once.output);
  });

  it('rehypeMarkTerms records the same occurrences when run again', () => {
    const { once, again } = termsTwice();
    expect(again.data.termOccurrences).toEqual(once.data.termOccurrences);
  });

  it('remarkTextLinks rewrites a text: link once; the address it wrote stays', () => {
    const { once, again } = twice(remarkTextLinks, { locale: 'de' }, markdown('Siehe [den Absatz](text:januar-aufstand#p12) und [die Quelle](https://example.org).'));
    expect(once.output).toContain('/de/texts/januar-aufstand#p12');
    expect(again.output).toBe(once.output);
  });

  it('remarkCheckSourceFormat only reports: the tree is untouched and the report the same', () => {
    const { once, again } = twice(remarkCheckSourceFormat, undefined, markdown('# Titel {#p1}\n\nText [x](javascript:alert(1)) {#p2}\n'));
    expect(once.messages).toHaveLength(2);
    expect(again).toEqual(once);
  });

  it('remarkCheckProse only reports: the tree is untouched and the report the same', () => {
    const blocks = new Map([['januar-aufstand', new Set(['p1'])]]);
    const { once, again } = twice(remarkCheckProse, { blocks }, markdown('Siehe [p9](text:januar-aufstand#p9) und <b>fett</b>.'));
    // The unknown block, and the raw HTML's opening and closing tag.
    expect(once.messages).toHaveLength(3);
    expect(again).toEqual(once);
  });

  it('softHyphens does not hyphenate a hyphenated word again', () => {
    const once = softHyphens(element('<p>Das NATO-Ausbildungszentrum und die Verfassungsänderung</p>'));
    expect(toHtml(softHyphens(once))).toBe(toHtml(once));
  });
});

describe('remarkBlockIds consumes its syntax, so it is not run twice', () => {
  it('reads the ids once; over its own output it reports every block as without id', () => {
    const { once, again } = twice(remarkBlockIds, undefined, markdown('Eins {#p1}\n\nZwei {#p2}\n'));
    expect(once.messages).toEqual([]);
    expect(again.messages).toEqual(['this paragraph has no id', 'this paragraph has no id']);
  });
});
