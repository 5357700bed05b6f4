import type { Element } from 'hast';

/**
 * The `<script>` and `<link>` elements the edition itself writes into its pages, known by what its code
 * emits. A script is the edition's when it carries `data-edition="<kind>"` with a kind named here: the
 * component that writes it marks it, and the kind says what it is for. The post-build check keeps
 * these, removes Next's runtime (lib/export/next-artefacts.ts) and stops the build on anything else.
 */
export const editionScriptKinds = {
  init: 'app/[locale]/layout.tsx: sets the view, theme and text size before the first paint (inline)',
  root: 'app/page.tsx: sends a reader whose browser prefers English to /en (inline)',
  jsonld: 'components/CitationMeta.tsx: schema.org metadata for search engines (data, never run)',
  data: "the data a page's script reads: reader, reading layer, search, register filter (JSON, never run)",
  register: "app/[locale]/glossary/page.tsx: the register's filter box (/register/filter.js)",
  main: "the edition's script (client/index.ts), added to every page by rehypeAddScript",
} as const;

export type EditionScriptKind = keyof typeof editionScriptKinds;

export function isEditionScriptKind(kind: unknown): kind is EditionScriptKind {
  return typeof kind === 'string' && Object.hasOwn(editionScriptKinds, kind);
}

/** `rel` values that make a browser load or run something; every other `rel` (canonical, alternate, icon, manifest, schema.DC …) is metadata. */
const loadingRels = new Set(['stylesheet', 'preload', 'modulepreload', 'prefetch', 'prerender', 'preconnect', 'dns-prefetch']);

/** The edition's fonts (scripts/build-fonts.ts writes them to public/fonts/), preloaded by the layout. */
const fontPrefix = '/fonts/';

export type EditionVerdict = { action: 'keep'; what: string } | { action: 'refuse'; what: string; fix: string };

/** A `<script>` or `<link>` of a page, if it is the edition's own (or a link that loads nothing). */
export function editionElement(element: Element): EditionVerdict | undefined {
  const { tagName, properties } = element;
  if (tagName === 'script') {
    const kind = properties.dataEdition;
    if (kind === undefined) return undefined;
    if (isEditionScriptKind(kind)) return { action: 'keep', what: editionScriptKinds[kind] };
    return {
      action: 'refuse',
      what: `a script marked data-edition="${String(kind)}", a kind lib/export/edition-elements.ts does not know`,
      fix: 'add the kind to editionScriptKinds with what the script is for, or use one of its kinds',
    };
  }
  if (tagName === 'link') {
    const rel = Array.isArray(properties.rel) ? properties.rel.map(String) : [];
    if (!rel.some((value) => loadingRels.has(value))) return { action: 'keep', what: 'a link that loads nothing (metadata)' };
    const href = typeof properties.href === 'string' ? properties.href : '';
    if (rel.includes('preload') && properties.as === 'font' && href.startsWith(fontPrefix)) return { action: 'keep', what: "a preload of the edition's font" };
  }
  return undefined;
}
