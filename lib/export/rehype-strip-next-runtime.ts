import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Removes Next.js's client runtime from an exported page: its scripts (chunks and the inline React
 * Server Components payload) and their preloads. The edition's pages are server-rendered only; what
 * they need in the browser is the edition's own small script (kept: marked `data-edition`).
 */
export function rehypeStripNextRuntime() {
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const { tagName, properties } = node;
      const isOwnScript = properties.dataEdition !== undefined;
      const rel = Array.isArray(properties.rel) ? properties.rel.map(String) : [];
      const isScriptPreload = tagName === 'link' && (rel.includes('modulepreload') || (rel.includes('preload') && properties.as === 'script'));
      if ((tagName === 'script' && !isOwnScript) || isScriptPreload) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}
