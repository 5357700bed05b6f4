import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crossBoundary } from '../../scripts/export-boundary';

/**
 * The boundary with Next on a real export: a tiny App Router app, written here, built by the
 * project's own `next build` (output: 'export'), then checked by scripts/export-boundary.ts as
 * postbuild checks the edition. The app has what the edition has (a layout with an inline
 * data-edition script, a dynamic route, a route handler, public/robots.txt) and three pages that
 * cross the boundary unchecked today: a 'use client' component, next/script and an inline script
 * nobody declared. One build (55 s on the 2-core machine, 91 s at a load average of 12), several checks
 * on copies.
 */

const fixtureApp: Record<string, string> = {
  'next.config.mjs': "export default { output: 'export', poweredByHeader: false };\n",
  'app/layout.js': `export default function Layout({ children }) {
  return <html lang="en"><head><script data-edition="init" dangerouslySetInnerHTML={{ __html: "document.documentElement.classList.add('js')" }} /></head><body>{children}</body></html>;
}
`,
  'app/page.js': `export default function Page() {
  return <main><h1>Library</h1><script type="application/json" id="data" data-edition="data" dangerouslySetInnerHTML={{ __html: '{"a":1}' }} /></main>;
}
`,
  'app/not-found.js': 'export default function NotFound() { return <main><h1>Not found</h1></main>; }\n',
  'app/texts/[slug]/page.js': `export function generateStaticParams() { return [{ slug: 'one' }, { slug: 'two' }]; }
export default async function Page({ params }) { const { slug } = await params; return <main><h1>{slug}</h1></main>; }
`,
  'app/api/texts.json/route.js': "export const dynamic = 'force-static';\nexport function GET() { return Response.json({ texts: [] }); }\n",
  'public/robots.txt': 'User-agent: *\nAllow: /\n',
  // Three pages that need Next's client runtime, which the export drops.
  'app/client/Counter.js': `'use client';
import { useState } from 'react';
export function Counter() { const [count, setCount] = useState(0); return <button onClick={() => setCount(count + 1)}>{count}</button>; }
`,
  'app/client/page.js': "import { Counter } from './Counter';\nexport default function Page() { return <main><Counter /></main>; }\n",
  'app/script/page.js': 'import Script from \'next/script\';\nexport default function Page() { return <main><p>Tracked</p><Script src="/tracker.js" /></main>; }\n',
  'app/stray/page.js': "export default function Page() { return <main><p>Stray</p><script dangerouslySetInnerHTML={{ __html: 'window.stray = 1' }} /></main>; }\n",
};
const crossingRoutes = ['client', 'script', 'stray'];

// Inside the project (gitignored .scratch/), so that the app resolves next and react from its node_modules.
const scratch = path.resolve('.scratch');
let project = '';
let built = '';
let buildSeconds = 0;

function filesOf(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function emptyFolders(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(path.join(entry.parentPath, entry.name)).length === 0)
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)));
}

/** A fresh copy of the export, to check (and change) without touching the build. */
function exportCopy(): string {
  const copy = mkdtempSync(path.join(scratch, 'export-'));
  cpSync(built, copy, { recursive: true });
  return copy;
}

const check = (exportDir: string, root = project) => crossBoundary({ project: root, exportDir, scriptSrc: '/assets/edition.test.js', buildOutputs: [] });

beforeAll(() => {
  mkdirSync(scratch, { recursive: true });
  project = mkdtempSync(path.join(scratch, 'next-boundary-'));
  for (const [file, content] of Object.entries(fixtureApp)) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), content);
  }
  const started = Date.now();
  execFileSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build', project], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
  });
  buildSeconds = (Date.now() - started) / 1000;
  built = path.join(project, 'out');
  console.log(`next build of the fixture app: ${buildSeconds.toFixed(0)} s`);
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
  for (const entry of existsSync(scratch) ? readdirSync(scratch) : []) {
    if (entry.startsWith('export-')) rmSync(path.join(scratch, entry), { recursive: true, force: true });
  }
});

describe("the post-build check on a real export of Next's", () => {
  it("refuses a 'use client' component, next/script and an undeclared inline script, naming each, and changes nothing", () => {
    const copy = exportCopy();
    const before = filesOf(copy);
    const { problems } = check(copy);
    expect(problems).toEqual([
      expect.stringMatching(/^app\/client\/page: uses the client module .*app\/client\/Counter\.js: the export ships without Next's client runtime/),
      expect.stringMatching(/^app\/script\/page: uses the client module next\/script /),
      expect.stringMatching(
        /^script\.html:\d+:\d+: <link rel="preload" as="script" href="\/tracker\.js">: neither the edition's own nor Next's known runtime \(.*client\/ as progressive enhancement/,
      ),
      expect.stringMatching(/^stray\.html:\d+:\d+: <script>window\.stray = 1<\/script>: neither the edition's own nor Next's known runtime/),
    ]);
    expect(filesOf(copy), 'a refused export is left as it was').toEqual(before);
  });

  describe('without the three crossing pages', () => {
    let clean = '';
    let cleanProject = '';
    let result: ReturnType<typeof check>;

    beforeAll(() => {
      // The same build without the three routes: their app/ folders, their manifests in .next/ and their exported files.
      cleanProject = mkdtempSync(path.join(scratch, 'export-project-'));
      cpSync(path.join(project, 'app'), path.join(cleanProject, 'app'), { recursive: true });
      cpSync(path.join(project, 'public'), path.join(cleanProject, 'public'), { recursive: true });
      cpSync(path.join(project, '.next', 'server', 'app'), path.join(cleanProject, '.next', 'server', 'app'), { recursive: true });
      clean = exportCopy();
      for (const route of crossingRoutes) {
        rmSync(path.join(cleanProject, 'app', route), { recursive: true });
        for (const folder of [path.join(cleanProject, '.next', 'server', 'app'), clean]) {
          for (const entry of readdirSync(folder)) if (entry === route || entry.startsWith(`${route}.`)) rmSync(path.join(folder, entry), { recursive: true });
        }
      }
      result = check(clean, cleanProject);
    });

    it('passes', () => {
      expect(result.problems).toEqual([]);
      expect(result.pages, 'index, 404, texts/one, texts/two (Next’s _not-found.html is removed, not a page)').toBe(4);
    });

    it('keeps public/robots.txt, the route handler’s file and the pages; removes every RSC payload, JS chunk and build manifest', () => {
      const files = filesOf(clean);
      expect(readFileSync(path.join(clean, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
      expect(files).toEqual(expect.arrayContaining(['404.html', 'index.html', 'texts/one.html', 'texts/two.html', 'api/texts.json']));
      expect(files.filter((file) => file.endsWith('.txt'))).toEqual(['robots.txt']);
      expect(files.filter((file) => file.endsWith('.js'))).toEqual([]);
      expect(files.filter((file) => file.includes('_not-found'))).toEqual([]);
      expect(result.removed.length).toBeGreaterThan(10);
    });

    it('leaves no empty folder (texts/one/ held only payloads)', () => {
      expect(emptyFolders(clean)).toEqual([]);
      expect(existsSync(path.join(clean, 'texts', 'one'))).toBe(false);
      expect(result.emptyFolders).toBeGreaterThan(0);
    });

    it("ships pages with the edition's scripts only: Next's runtime out, the edition's script in, the inline init script collected for the CSP", () => {
      const page = readFileSync(path.join(clean, 'index.html'), 'utf8');
      const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
      expect(scripts).toEqual([
        '<script data-edition="init">',
        '<script type="module" src="/assets/edition.test.js" data-edition="main">',
        '<script type="application/json" id="data" data-edition="data">',
      ]);
      expect(page).not.toContain('/_next/static/chunks/');
      expect(result.inline.scripts).toContain("document.documentElement.classList.add('js')");
    });

    it('changes nothing when run again', () => {
      const before = new Map(filesOf(clean).map((file) => [file, readFileSync(path.join(clean, file), 'utf8')]));
      const again = check(clean, cleanProject);
      expect(again.problems).toEqual([]);
      expect(again.removed).toEqual([]);
      expect(new Map(filesOf(clean).map((file) => [file, readFileSync(path.join(clean, file), 'utf8')]))).toEqual(before);
    });
  });

  it('refuses a file nobody declared, naming it and what to do', () => {
    const copy = exportCopy();
    writeFileSync(path.join(copy, 'beacon.js'), 'navigator.sendBeacon("/x")\n');
    const { problems } = check(copy);
    expect(problems).toContainEqual(expect.stringMatching(/^beacon\.js: neither the edition's .* nor a known artefact of Next \(if a build step writes it, declare it/));
  });
});
