import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { boundaryRule } from './rehype-strip-next-runtime';

/** What a Content-Security-Policy has to allow inline in a page: the texts of its executable inline scripts and of its `<style>` elements. */
export interface InlineContent {
  scripts: string[];
  styles: string[];
}

declare module 'vfile' {
  interface DataMap {
    /** The page's inline scripts and styles as it ships, set by `rehypeCollectInline` (scripts/security-headers.js hashes them). */
    inline: InlineContent;
  }
}

/** Script types a browser executes; any other `type` is a data block (JSON, JSON-LD) and is not. */
const executableScriptTypes = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

function isExecutableInlineScript(element: Element): boolean {
  if (element.tagName !== 'script' || element.properties.src !== undefined) return false;
  return executableScriptTypes.has(
    String(element.properties.type ?? '')
      .trim()
      .toLowerCase(),
  );
}

/** Attributes a `script-src`/`style-src 'self'` policy blocks without a word: the page would look or work differently. */
function blockedAttributes(element: Element): string[] {
  const blocked: string[] = [];
  for (const [name, value] of Object.entries(element.properties)) {
    if (name === 'style') blocked.push(`style="${String(value)}" (style-src 'self' blocks it: move the styling into the stylesheet)`);
    if (/^on[A-Z]/.test(name)) blocked.push(`${name.toLowerCase()}="…" (script-src blocks inline handlers: attach it in client/)`);
    if (['href', 'src', 'action', 'formAction'].includes(name) && /^\s*javascript:/i.test(String(value)))
      blocked.push(`${name.toLowerCase()}="${String(value)}" (a javascript: URL never runs under the policy)`);
  }
  return blocked;
}

/**
 * Records what the Content-Security-Policy of the page must allow, from the tree as it ships (run it
 * after every plugin that changes scripts): the text of each executable inline script and `<style>`
 * element on `file.data.inline`, for scripts/security-headers.js to hash. Inline event handlers,
 * `style` attributes and `javascript:` URLs, which the policy blocks, are messages (`export-boundary`)
 * that stop the build. Changes nothing in the tree.
 */
export function rehypeCollectInline() {
  return (tree: Root, file: VFile): void => {
    const inline: InlineContent = { scripts: [], styles: [] };
    visit(tree, 'element', (node) => {
      if (isExecutableInlineScript(node)) inline.scripts.push(toString(node));
      if (node.tagName === 'style') inline.styles.push(toString(node));
      for (const blocked of blockedAttributes(node)) {
        const message = file.message(`<${node.tagName} ${blocked}`, { place: node.position, ruleId: boundaryRule, source: 'export' });
        message.fatal = true;
      }
    });
    file.data.inline = inline;
  };
}
