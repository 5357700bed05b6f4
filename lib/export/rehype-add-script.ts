import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface AddScriptOptions {
  /** Site-relative URL of the script. */
  src: string;
}

/** Adds the edition's script to the end of <head> as a module (deferred, modern browsers only). */
export function rehypeAddScript(options: AddScriptOptions) {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'head') return;
      const present = node.children.some((child) => child.type === 'element' && child.tagName === 'script' && child.properties.src === options.src);
      if (!present) {
        node.children.push({ type: 'element', tagName: 'script', properties: { type: 'module', src: options.src, dataEdition: 'main' }, children: [] });
      }
    });
  };
}
