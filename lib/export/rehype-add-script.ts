import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface AddScriptOptions {
  /** Site-relative URL of the script. */
  src: string;
}

function isMainScript(node: Root['children'][number] | Element['children'][number]): boolean {
  return node.type === 'element' && node.tagName === 'script' && node.properties.dataEdition === 'main';
}

/**
 * Adds the edition's script to the end of <head> as a module (deferred, modern browsers only). A page
 * that already has one (a second run, or a run with a newly bundled script) keeps exactly one, the new.
 */
export function rehypeAddScript(options: AddScriptOptions) {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'head') return;
      node.children = node.children.filter((child) => !isMainScript(child));
      node.children.push({ type: 'element', tagName: 'script', properties: { type: 'module', src: options.src, dataEdition: 'main' }, children: [] });
    });
  };
}
