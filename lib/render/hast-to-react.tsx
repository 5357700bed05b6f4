import type { ElementContent, Nodes, RootContent } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

/**
 * Neighbouring text nodes joined into one: React separates two texts in a row with `<!-- -->` in the
 * HTML it writes (a few thousand of them on a reader page, ~1 KB brotli), and a tree that a plugin
 * split (soft hyphens, bound punctuation, note quotes) has many.
 */
function joinTexts<T extends ElementContent | RootContent>(children: readonly T[]): T[] {
  const result: T[] = [];
  for (const child of children) {
    const last = result.at(-1);
    if (child.type === 'text' && last?.type === 'text') {
      result[result.length - 1] = { ...last, value: last.value + child.value };
      continue;
    }
    result.push(child.type === 'element' ? { ...child, children: joinTexts(child.children) } : child);
  }
  return result;
}

function joined(tree: Nodes): Nodes {
  if (tree.type === 'root') return { ...tree, children: joinTexts(tree.children) };
  if (tree.type === 'element') return { ...tree, children: joinTexts(tree.children) };
  return tree;
}

/** Renders a sanitised hast tree as React elements (never as an HTML string). */
export function hastToReact(tree: Nodes, components: Partial<Components> = {}): ReactNode {
  return toJsxRuntime(joined(tree), { Fragment, jsx, jsxs, components });
}
