import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';

/**
 * What Next.js 16.4 puts into a static export (`output: 'export'`) besides the pages and files the
 * edition asked for, recognised by Next's naming. Each name here was seen in `.editions/staging/` after
 * `next build`; anything Next emits that is not named here is unknown, and the post-build check
 * (scripts/export-boundary.ts) stops the build on it rather than shipping or deleting it blind.
 * After a Next upgrade, a new artefact is added here with what it is and why it may go.
 */

/** What the export does with a file or an element of Next's. */
export type NextVerdict = { action: 'remove' | 'keep'; what: string } | { action: 'refuse'; what: string; fix: string };

/** The folder of Next's hashed static files. */
const staticPrefix = '_next/static/';

/**
 * A file of the export, by its path relative to the export (`/`-separated), if its name is Next's.
 * `isPage` tells whether an HTML file of that path is one of the edition's pages (an RSC payload is
 * named after its page: `de/about.txt` beside `de/about.html`).
 */
export function nextFile(file: string, isPage: (html: string) => boolean): NextVerdict | undefined {
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (file.startsWith(staticPrefix)) {
    const inStatic = file.slice(staticPrefix.length);
    if (inStatic.startsWith('chunks/') && name.endsWith('.css')) return { action: 'keep', what: 'a stylesheet Next compiled from app/*.css' };
    if (inStatic.startsWith('chunks/') && name.endsWith('.js')) return { action: 'remove', what: "a chunk of Next's client runtime" };
    if (inStatic.startsWith('media/')) return { action: 'keep', what: "a file Next's stylesheets refer to (url() in app/*.css)" };
    if (/^[^/]+\/_[A-Za-z]+Manifest\.js$/.test(inStatic)) return { action: 'remove', what: "a build manifest of Next's client router" };
    return undefined;
  }
  if (file === '_not-found.html' || file === '_not-found.txt' || file.startsWith('_not-found/')) {
    return { action: 'remove', what: "Next's internal not-found route (its page ships as 404.html)" };
  }
  if (/^__next\..+\.txt$/.test(name)) return { action: 'remove', what: "a React Server Components segment payload of Next's client router" };
  if (file.endsWith('.txt') && isPage(`${file.slice(0, -'.txt'.length)}.html`))
    return { action: 'remove', what: "the React Server Components payload of a page, for Next's client router" };
  return undefined;
}

/** The address of Next's hashed static files, as pages refer to them. */
const staticUrlPrefix = `/${staticPrefix}`;

function isNextChunkUrl(url: unknown): boolean {
  return typeof url === 'string' && url.startsWith(`${staticUrlPrefix}chunks/`) && url.endsWith('.js');
}

/** React's streaming runtime (Suspense completion, `$RC("B:0","S:0")`): a page that has it shows its content only with it. */
const streamingRuntime = /^\s*\$R[A-Z]\b|\$R[A-Z]\s*=\s*function|\$R[A-Z]\(\s*"[A-Z]:/;

/** A `<script>` or `<link>` that Next's runtime writes into a page, if the element is Next's. */
export function nextElement(element: Element): NextVerdict | undefined {
  const { tagName, properties } = element;
  if (tagName === 'script') {
    if (properties.src !== undefined) return isNextChunkUrl(properties.src) ? { action: 'remove', what: "a chunk of Next's client runtime" } : undefined;
    const text = toString(element);
    if (/^\s*\(?self\.__next_f\b/.test(text)) return { action: 'remove', what: 'the inline React Server Components payload' };
    if (/^\s*\(globalThis\["TURBOPACK"\]/.test(text)) return { action: 'remove', what: "Turbopack's bootstrap of Next's chunks" };
    if (streamingRuntime.test(text)) {
      return {
        action: 'refuse',
        what: "React's streaming runtime (a Suspense boundary completed by script): without Next's runtime its content stays hidden",
        fix: 'render the page without a Suspense fallback: await the data in the page (a server component) instead of streaming it',
      };
    }
    return undefined;
  }
  if (tagName === 'link') {
    const rel = Array.isArray(properties.rel) ? properties.rel.map(String) : [];
    const isScriptPreload = rel.includes('modulepreload') || (rel.includes('preload') && properties.as === 'script');
    if (isScriptPreload && isNextChunkUrl(properties.href)) return { action: 'remove', what: "a preload of Next's client runtime" };
    const href = typeof properties.href === 'string' ? properties.href : '';
    const isNextStylesheet = href.startsWith(`${staticUrlPrefix}chunks/`) && href.endsWith('.css');
    if (isNextStylesheet && (rel.includes('stylesheet') || (rel.includes('preload') && properties.as === 'style')))
      return { action: 'keep', what: 'a stylesheet Next compiled from app/*.css' };
  }
  return undefined;
}

/**
 * Client modules Next's own app router puts on every page (layout router, boundaries, error boundary,
 * icon mark). They do nothing the server-rendered HTML needs. Any other client module (a `'use client'`
 * component of the edition, `next/script`, `next/link`, a library's provider) would need the runtime
 * the export does not ship, so it would silently stop working.
 */
const frameworkClientModule = /node_modules\/next\/dist\/(?:esm\/)?(?:client\/components|lib\/framework|lib\/metadata)\//;

/** Next features with a name a reader of the message knows, by the client module that gives them away. */
const namedFeatures: [RegExp, string][] = [
  [/node_modules\/next\/dist\/(?:esm\/)?client\/script\.js$/, 'next/script'],
  [/node_modules\/next\/dist\/(?:esm\/)?client\/(?:app-dir\/)?link\.js$/, 'next/link'],
  [/node_modules\/next\/dist\/(?:esm\/)?client\/image-component\.js$/, 'next/image'],
];

/** A client module of a route (a key of Next's client reference manifest), if the pages cannot do without Next's runtime. */
export function clientModuleProblem(module: string): string | undefined {
  if (frameworkClientModule.test(module)) return undefined;
  const readable = module.replace(/^\[project\]\//, '').replace(/ <module evaluation>$/, '');
  const feature = namedFeatures.find(([pattern]) => pattern.test(readable))?.[1];
  return feature ? `${feature} (${readable})` : readable;
}

/**
 * React's markers in server-rendered HTML, for its client to hydrate against: `<!-- -->` between two
 * adjacent text values, `<!--$-->`/`<!--/$-->` (and `$?`, `$!`) around a Suspense boundary. The export
 * ships no React client, so they are bytes and nothing else (issue #11: ~0.1 KB brotli a reader page).
 */
export function isReactMarker(comment: string): boolean {
  return ['', '$', '/$', '$?', '$!'].includes(comment.trim());
}

/**
 * `data-precedence` on a stylesheet: React's order of its hoisted stylesheets for its client; without
 * one the order in the head is the order, as it was written.
 */
export const reactStylesheetAttribute = 'dataPrecedence';
