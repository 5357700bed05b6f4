import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { editionElement } from './edition-elements';
import { nextElement } from './next-artefacts';

/** The `ruleId` of the messages this plugin leaves on the file: each one stops the build. */
export const boundaryRule = 'export-boundary';

const unknownFix =
  'if the edition wrote it on purpose, mark it data-edition with a kind of lib/export/edition-elements.ts; ' +
  "if it came from next/script, a 'use client' component or a library, it needs Next's client runtime, which the export does not ship: " +
  'put the behaviour in client/ as progressive enhancement of server-rendered markup';

/** The element as a reader of the message finds it in the page: its tag, the attributes that say what it is, the start of an inline script. */
function describe(element: Element): string {
  const attributes = ['rel', 'as', 'href', 'src', 'type', 'id']
    .filter((name) => element.properties[name] !== undefined)
    .map((name) => {
      const value = element.properties[name];
      return `${name}="${Array.isArray(value) ? value.join(' ') : String(value)}"`;
    });
  const open = `<${[element.tagName, ...attributes].join(' ')}>`;
  const text = element.tagName === 'script' ? toString(element).trim() : '';
  return text ? `${open}${text.length > 40 ? `${text.slice(0, 40)}…` : text}</script>` : open;
}

/**
 * Checks every `<script>` and `<link>` of an exported page against the boundary with Next: Next's
 * client runtime (its chunks, their preloads, the inline React Server Components payload, Turbopack's
 * bootstrap) is removed, the edition's own elements are kept, and anything else is left in place with
 * a message on the file (`ruleId` `export-boundary`) that names the element, why and what to do: the
 * caller stops the build on it. The pages are server-rendered only; what they need in the browser is
 * the edition's own small script. Running it twice changes nothing.
 */
export function rehypeStripNextRuntime() {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'script' && node.tagName !== 'link') return undefined;
      const verdict = nextElement(node) ?? editionElement(node);
      if (verdict?.action === 'remove' && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (verdict?.action === 'keep') return SKIP;
      const [what, fix] = verdict?.action === 'refuse' ? [verdict.what, verdict.fix] : ["neither the edition's own nor Next's known runtime", unknownFix];
      const message = file.message(`${describe(node)}: ${what} (${fix})`, { place: node.position, ruleId: boundaryRule, source: 'export' });
      message.fatal = true;
      return SKIP;
    });
  };
}
