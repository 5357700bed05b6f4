/**
 * The boundary between Next's static export and the edition, checked rather than stripped blind
 * (scripts/postbuild.ts runs it; tests/build/ runs it on a real `next build` of a tiny app):
 * 1. every file of the export is classified (lib/export/export-files.ts): the edition's (a page, a
 *    route handler's response, a file of public/, a build step's output), Next's artefact (removed by
 *    its naming, lib/export/next-artefacts.ts), or unknown;
 * 2. every route's client modules (Next's client reference manifests in .next/) must be Next's own
 *    framework: a `'use client'` component or next/script would need the runtime the export drops;
 * 3. every page goes through one hast pass (lib/export/process-page.ts): Next's runtime out, every
 *    other script and link checked, the edition's script in, inline scripts collected for the CSP.
 * Any problem: nothing is written or deleted, and the problems say file, reason and what to do.
 * Otherwise the pages are written, Next's artefacts deleted, and every folder left empty removed.
 */
import { readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { z } from 'zod';
import { appRoutes } from '../lib/export/app-routes';
import { classifyFile, type BuildOutput } from '../lib/export/export-files';
import { clientModuleProblem } from '../lib/export/next-artefacts';
import { processPage } from '../lib/export/process-page';
import type { InlineContent } from '../lib/export/rehype-collect-inline';

export interface BoundaryOptions {
  /** The project: its app/ and public/ say what is the edition's, its .next/ holds Next's manifests. */
  project: string;
  /** The export folder (`next build`'s output, e.g. the staging folder). */
  exportDir: string;
  /** Site-relative URL of the edition's script, added to every page. */
  scriptSrc: string;
  /** What the build's own steps write into the export. */
  buildOutputs: readonly BuildOutput[];
}

export interface BoundaryResult {
  /** `file: what (what to do)`; when there is any, nothing was changed. */
  problems: string[];
  pages: number;
  /** Next's artefacts deleted, relative to the export. */
  removed: string[];
  /** Folders deleted because nothing was left in them. */
  emptyFolders: number;
  /** What the pages' Content-Security-Policy must allow inline. */
  inline: InlineContent;
}

/** Files under a folder, relative to it, `/`-separated. */
function filesOf(directory: string): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const clientManifest = z.record(z.string(), z.object({ clientModules: z.record(z.string(), z.unknown()) }));

/** Next's client reference manifests (`.next/server/app/**\/*_client-reference-manifest.js`): route → client modules. */
function clientModulesByRoute(project: string): Map<string, string[]> | undefined {
  const appBuild = path.join(project, '.next', 'server', 'app');
  const manifests = filesOf(appBuild).filter((file) => file.endsWith('_client-reference-manifest.js'));
  if (manifests.length === 0) return undefined;
  const byRoute = new Map<string, string[]>();
  for (const manifest of manifests) {
    // Each manifest is a script that assigns globalThis.__RSC_MANIFEST[route]: run it in an empty context.
    const context = vm.createContext({});
    vm.runInContext(readFileSync(path.join(appBuild, manifest), 'utf8'), context);
    for (const [route, entry] of Object.entries(clientManifest.parse(context.__RSC_MANIFEST))) byRoute.set(route, Object.keys(entry.clientModules));
  }
  return byRoute;
}

function clientProblems(project: string): string[] {
  const byRoute = clientModulesByRoute(project);
  if (!byRoute) {
    return [
      '.next/server/app: no client reference manifests, so nothing tells whether a page uses a client component ' +
        '(Next writes them elsewhere since an upgrade? find where and update scripts/export-boundary.ts)',
    ];
  }
  const problems: string[] = [];
  for (const [route, modules] of [...byRoute].sort(([a], [b]) => a.localeCompare(b))) {
    for (const clientModule of modules) {
      const problem = clientModuleProblem(clientModule);
      if (problem) {
        problems.push(
          `app${route}: uses the client module ${problem}: the export ships without Next's client runtime, so it would never run ` +
            "(lint refuses 'use client' and next/script; put the behaviour in client/ as progressive enhancement of server-rendered markup)",
        );
      }
    }
  }
  return problems;
}

/** Removes every empty folder under `directory` (not `directory` itself), deepest first; returns how many. */
function removeEmptyFolders(directory: string): number {
  let removed = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = path.join(directory, entry.name);
    removed += removeEmptyFolders(folder);
    if (readdirSync(folder).length === 0) {
      rmdirSync(folder);
      removed += 1;
    }
  }
  return removed;
}

export function crossBoundary(options: BoundaryOptions): BoundaryResult {
  const { project, exportDir, scriptSrc } = options;
  const files = filesOf(exportDir);
  const present = new Set(files);
  const edition = {
    routes: appRoutes(filesOf(path.join(project, 'app'))),
    publicFiles: new Set(filesOf(path.join(project, 'public'))),
    buildOutputs: options.buildOutputs,
  };
  const problems: string[] = [];
  const removals: string[] = [];
  const pages: string[] = [];
  for (const file of files) {
    const verdict = classifyFile(file, edition, (other) => present.has(other));
    if (verdict.action === 'refuse') problems.push(`${file}: ${verdict.what} (${verdict.fix})`);
    else if (verdict.action === 'remove') removals.push(file);
    else if (verdict.action === 'page') pages.push(file);
  }
  problems.push(...clientProblems(project));

  const processed = new Map<string, string>();
  const inline: InlineContent = { scripts: [], styles: [] };
  for (const page of pages) {
    const result = processPage(readFileSync(path.join(exportDir, page), 'utf8'), scriptSrc, page);
    problems.push(...result.problems);
    processed.set(page, result.html);
    inline.scripts.push(...result.inline.scripts);
    inline.styles.push(...result.inline.styles);
  }
  if (problems.length > 0) return { problems, pages: pages.length, removed: [], emptyFolders: 0, inline };

  for (const [page, html] of processed) writeFileSync(path.join(exportDir, page), html);
  for (const file of removals) rmSync(path.join(exportDir, file));
  const emptyFolders = statSync(exportDir).isDirectory() ? removeEmptyFolders(exportDir) : 0;
  return { problems, pages: pages.length, removed: removals, emptyFolders, inline };
}
