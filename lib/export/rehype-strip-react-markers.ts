import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isReactMarker, reactStylesheetAttribute } from './next-artefacts';

/**
 * Removes what React writes into server-rendered HTML for its client (lib/export/next-artefacts.ts):
 * its text-separator and Suspense comments, a hidden element that held nothing else (Next's
 * `<div hidden>` of streamed metadata), and its stylesheets' `data-precedence`. The text reads the
 * same: two text values that a comment kept apart are simply adjacent. Running it twice changes nothing.
 */
export function rehypeStripReactMarkers() {
  return (tree: Root): void => {
    const emptied = new Set<Element>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && node.tagName === 'link') delete node.properties[reactStylesheetAttribute];
      if (node.type !== 'comment' || !isReactMarker(node.value) || !parent || index === undefined) return undefined;
      parent.children.splice(index, 1);
      if (parent.type === 'element' && parent.children.length === 0) emptied.add(parent);
      return [SKIP, index];
    });
    visit(tree, 'element', (node, index, parent) => {
      if (!emptied.has(node) || node.properties.hidden === undefined || !parent || index === undefined) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
