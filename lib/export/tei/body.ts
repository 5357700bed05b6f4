/**
 * A text's versions as TEI `<div>`s: one per language, linked to each other by `@corresp`, each block
 * with its `xml:id` (`de-p12`) and `@corresp` to the same block in the other language. Headings open
 * nested `<div>`s (a TEI `<head>` can only begin a division); consecutive list items form one `<list>`.
 * A released id that was split or merged is an `<anchor>` with that id at the start of its first
 * successor, pointing at all of them, so that an old reference still resolves.
 */
import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import type { AnnotatedVersion } from '../../annotations/annotate-text';
import { blockNumber } from '@/contract/reference';
import type { Language } from '../../content/model';
import { hastToTei, type HastToTeiOptions } from './hast-to-tei';
import { teiIds } from './ids';

export interface VersionDivOptions extends Omit<HastToTeiOptions, 'lang'> {
  /** The languages of the other versions, for `@corresp`. */
  others: readonly Language[];
  /** Whether this version is the original (the German of a German text) or a translation. */
  role: 'original' | 'translation';
  redirects: Readonly<Record<string, readonly string[]>>;
}

const blockElement = { heading: 'head', paragraph: 'p', item: 'item' } as const;

function redirectAnchors(lang: string, blockId: string, redirects: VersionDivOptions['redirects'], order: ReadonlyMap<string, number>): Element[] {
  return Object.entries(redirects)
    .filter(([, targets]) => [...targets].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))[0] === blockId)
    .map(([released, targets]) =>
      x('anchor', { 'xml:id': teiIds.block(lang, released), type: 'redirect', corresp: targets.map((target) => `#${teiIds.block(lang, target)}`).join(' ') }),
    );
}

export function versionDiv(annotated: AnnotatedVersion, options: VersionDivOptions): Element {
  const { lang, blocks } = annotated.version;
  const teiOptions: HastToTeiOptions = { ...options, lang };
  const order = new Map(blocks.map((block, index) => [block.id, index]));
  const root = x('div', {
    type: 'version',
    subtype: options.role,
    'xml:lang': lang,
    'xml:id': teiIds.version(lang),
    corresp: options.others.map((other) => `#${teiIds.version(other)}`).join(' ') || undefined,
  });
  const stack: { depth: number; div: Element }[] = [{ depth: 1, div: root }];
  let list: { key: string; element: Element } | undefined;
  for (const block of blocks) {
    const element = annotated.elements.get(block.id);
    const children: ElementContent[] = [...redirectAnchors(lang, block.id, options.redirects, order), ...hastToTei(element?.children ?? [], teiOptions)];
    const corresp = options.others.map((other) => `#${teiIds.block(other, block.id)}`).join(' ') || undefined;
    const tei = x(blockElement[block.kind], { 'xml:id': teiIds.block(lang, block.id), n: blockNumber(block.id), corresp }, children);
    if (block.kind === 'heading') {
      const depth = block.depth ?? 2;
      while (stack.length > 1 && (stack[stack.length - 1]?.depth ?? 1) >= depth) stack.pop();
      const section = x('div', { type: 'section' }, [tei]);
      stack[stack.length - 1]?.div.children.push(section);
      stack.push({ depth, div: section });
      list = undefined;
      continue;
    }
    const parent = stack[stack.length - 1]?.div ?? root;
    if (block.kind === 'item' && block.list) {
      if (list?.key !== block.list.key) {
        list = { key: block.list.key, element: x('list', { rend: block.list.ordered ? 'numbered' : 'bulleted' }) };
        parent.children.push(list.element);
      }
      list.element.children.push(tei);
      continue;
    }
    list = undefined;
    parent.children.push(tei);
  }
  return root;
}
