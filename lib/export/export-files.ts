import { routeOf, type AppRoute } from './app-routes';
import { nextFile } from './next-artefacts';

/**
 * Every file of a static export, classified: the edition's (a page, a route handler's response, a file
 * of public/, a file a build step writes), Next's (kept, or removed by its naming), or unknown. An
 * unknown file stops the build: nothing ships, and nothing is deleted, without a reason.
 */
export type FileVerdict =
  { action: 'page'; what: string } | { action: 'keep'; what: string } | { action: 'remove'; what: string } | { action: 'refuse'; what: string; fix: string };

/** A file or folder that a build step of the edition writes into the export. */
export interface BuildOutput {
  /** Path relative to the export, `/`-separated; a folder ends with `/`. */
  path: string;
  /** Who writes it, for messages. */
  by: string;
}

export interface EditionFiles {
  /** The routes of app/ (lib/export/app-routes.ts). */
  routes: readonly AppRoute[];
  /** Every file of public/, relative to it: Next copies them as they are. */
  publicFiles: ReadonlySet<string>;
  /** What the build's own steps write. */
  buildOutputs: readonly BuildOutput[];
}

/** What scripts/postbuild.ts writes last, found by a second run: the headers file and the build stamp. */
const postbuildOwn = new Set(['_headers', '.build-stamp']);

/**
 * The verdict on one file of the export, by its path relative to the export (`/`-separated);
 * `exists` tells whether another file is in the export (a precompressed copy `x.br` needs its `x`).
 */
export function classifyFile(file: string, edition: EditionFiles, exists: (file: string) => boolean): FileVerdict {
  const original = file.replace(/\.(?:br|gz)$/, '');
  if (original !== file && exists(original)) {
    const verdict = classifyFile(original, edition, exists);
    if (verdict.action === 'keep' || verdict.action === 'page') return { action: 'keep', what: `a precompressed copy (scripts/postbuild.ts) of ${verdict.what}` };
  }
  if (edition.publicFiles.has(file)) return { action: 'keep', what: `public/${file}` };
  const output = edition.buildOutputs.find((candidate) => (candidate.path.endsWith('/') ? file.startsWith(candidate.path) : file === candidate.path));
  if (output) return { action: 'keep', what: `written by ${output.by}` };
  if (postbuildOwn.has(file)) return { action: 'keep', what: 'written by scripts/postbuild.ts' };
  const route = routeOf(edition.routes, file);
  if (route?.kind === 'handler') return { action: 'keep', what: `the response of ${route.source}` };
  // A payload is named after a page that is in the export, never after one that could be.
  const isPage = (html: string) => exists(html) && routeOf(edition.routes, html)?.kind === 'page';
  const next = nextFile(file, isPage);
  if (next) return next;
  if (route?.kind === 'page') return { action: 'page', what: `the page of ${route.source}` };
  return {
    action: 'refuse',
    what: "neither the edition's (no page or route handler of app/, no file of public/, no build step writes it) nor a known artefact of Next",
    fix:
      'if a build step writes it, declare it in the build outputs of scripts/postbuild.ts; if Next writes it (a new Next version or feature), ' +
      'find out what it is for and name it in lib/export/next-artefacts.ts, or remove the feature that needs it',
  };
}
