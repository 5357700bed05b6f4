/**
 * The files a static export holds for the edition's routes, derived from the files of app/ by Next's
 * documented routing conventions: a page (`page.tsx`) is exported as `<route>.html` (the root as
 * `index.html`), a route handler (`route.ts`) as a file at `<route>`; `[x]` is one segment, `[...x]`
 * one or more, `[[...x]]` none or more; `(group)` and `@slot` folders add no segment; `_private`
 * folders are no route. `404.html` is always a page (app/not-found.tsx, or Next's default). A dynamic
 * segment never matches a name starting with `_`: Next names its internal routes so (`_not-found`,
 * `_global-error`, `_next`), and the edition's ids and slugs never start with one.
 */

type Segment = { literal: string } | { dynamic: 'one' | 'many' | 'optional' };

export interface AppRoute {
  kind: 'page' | 'handler';
  /** The file of app/ that makes the route, for messages (`app/[locale]/about/page.tsx`). */
  source: string;
  segments: Segment[];
}

const pageFile = /^page\.(?:tsx|jsx|ts|js|mdx)$/;
const handlerFile = /^route\.(?:ts|js)$/;

function segmentOf(folder: string): Segment | undefined {
  if (/^\(.+\)$/.test(folder) || folder.startsWith('@')) return undefined;
  if (/^\[\[\.\.\..+\]\]$/.test(folder)) return { dynamic: 'optional' };
  if (/^\[\.\.\..+\]$/.test(folder)) return { dynamic: 'many' };
  if (/^\[.+\]$/.test(folder)) return { dynamic: 'one' };
  return { literal: folder };
}

/** Every route of app/, from its files' paths relative to app/ (`/`-separated). */
export function appRoutes(appFiles: readonly string[]): AppRoute[] {
  const routes: AppRoute[] = [{ kind: 'page', source: 'app/not-found.tsx (or Next’s default not-found page)', segments: [{ literal: '404' }] }];
  for (const file of appFiles) {
    const parts = file.split('/');
    const name = parts.pop() ?? '';
    const kind = pageFile.test(name) ? 'page' : handlerFile.test(name) ? 'handler' : undefined;
    if (!kind || parts.some((folder) => folder.startsWith('_'))) continue;
    const segments = parts.map(segmentOf).filter((segment) => segment !== undefined);
    routes.push({ kind, source: `app/${file}`, segments: kind === 'page' && segments.length === 0 ? [{ literal: 'index' }] : segments });
  }
  return routes;
}

function matches(segments: readonly Segment[], parts: readonly string[]): boolean {
  const [segment, ...rest] = segments;
  if (!segment) return parts.length === 0;
  if ('literal' in segment) return parts[0] === segment.literal && matches(rest, parts.slice(1));
  const internal = (part: string) => part.startsWith('_');
  if (segment.dynamic === 'one') return parts.length > 0 && !internal(parts[0] ?? '') && matches(rest, parts.slice(1));
  const least = segment.dynamic === 'many' ? 1 : 0;
  for (let taken = least; taken <= parts.length && !parts.slice(0, taken).some(internal); taken += 1) {
    if (matches(rest, parts.slice(taken))) return true;
  }
  return false;
}

/** The route whose export a file of the export (`de/texts/x.html`, `api/texts.json`) is, if any. */
export function routeOf(routes: readonly AppRoute[], file: string): AppRoute | undefined {
  const page = file.endsWith('.html') ? file.slice(0, -'.html'.length).split('/') : undefined;
  const whole = file.split('/');
  return routes.find((route) => (route.kind === 'page' ? page !== undefined && matches(route.segments, page) : matches(route.segments, whole)));
}
