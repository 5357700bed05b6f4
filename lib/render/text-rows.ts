/**
 * Lays a text out as rows: one row per block id, holding that block in every language version, and
 * groups consecutive list items into lists. The reader renders these rows; nothing here is React.
 */
import type { Element } from 'hast';
import type { AnnotatedText } from '../annotations/annotate-text';
import type { Block, Language } from '../content/model';

export interface Cell {
  lang: Language;
  block: Block;
  element: Element;
}

export interface Row {
  id: string;
  kind: Block['kind'];
  depth?: number;
  cells: Cell[];
}

export type RowGroup = { type: 'row'; row: Row } | { type: 'list'; key: string; ordered: boolean; start?: number; rows: Row[] };

const cache = new WeakMap<AnnotatedText, RowGroup[]>();

export function textRows(annotated: AnnotatedText): RowGroup[] {
  const cached = cache.get(annotated);
  if (cached) return cached;
  const elementsByLanguage = annotated.versions.map(({ version, elements }) => ({
    lang: version.lang,
    blocks: new Map(version.blocks.map((block) => [block.id, block])),
    elements,
  }));
  const reference = annotated.text.versions[0]?.blocks ?? [];
  const groups: RowGroup[] = [];
  for (const block of reference) {
    const cells = elementsByLanguage.flatMap(({ lang, blocks, elements }) => {
      const cellBlock = blocks.get(block.id);
      const element = elements.get(block.id);
      return cellBlock && element ? [{ lang, block: cellBlock, element }] : [];
    });
    const row: Row = { id: block.id, kind: block.kind, ...(block.depth ? { depth: block.depth } : {}), cells };
    const last = groups.at(-1);
    if (block.list && last?.type === 'list' && last.key === block.list.key) last.rows.push(row);
    else if (block.list) {
      groups.push({ type: 'list', key: block.list.key, ordered: block.list.ordered, ...(block.list.start ? { start: block.list.start } : {}), rows: [row] });
    } else groups.push({ type: 'row', row });
  }
  cache.set(annotated, groups);
  return groups;
}
