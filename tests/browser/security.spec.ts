import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { readerPaths } from '../helpers/edition-texts';

/**
 * The security headers (scripts/security-headers.js) as served by scripts/static-server.js and as
 * written to out/_headers, checked against the pages independently: the hashes here are computed from
 * the exported pages with a real HTML parser. Then Chromium loads a reader page, a library page and
 * the root page under that policy: no violation may be reported, and each page's scripts must run.
 */

const out = path.resolve('out');
const executableTypes = new Set(['', 'module', 'importmap', 'speculationrules', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript']);

function* filesEndingIn(directory: string, extension: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* filesEndingIn(full, extension);
    else if (entry.name.endsWith(extension)) yield full;
  }
}

/** Whether a script of the export compiles WebAssembly (Pagefind): then, and only then, `'wasm-unsafe-eval'`. */
let webAssemblyMemo: boolean | undefined;
function exportUsesWebAssembly(): boolean {
  webAssemblyMemo ??= [...filesEndingIn(out, '.js')].some((file) => /\bWebAssembly\.(instantiate|compile|Module)/.test(readFileSync(file, 'utf8')));
  return webAssemblyMemo;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

interface Inline {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
  handlers: string[];
}

/** Inline scripts (executable ones, hashed), <style> elements (hashed), style and on… attributes of a page. */
function inlineOf(html: string, where: string): Inline {
  const tree: Root = fromHtml(html);
  const inline: Inline = { scripts: [], styles: [], styleAttributes: [], handlers: [] };
  visit(tree, 'element', (element: Element) => {
    const type = String(element.properties.type ?? '')
      .trim()
      .toLowerCase();
    if (element.tagName === 'script' && element.properties.src === undefined && executableTypes.has(type)) inline.scripts.push(sha256(toString(element)));
    if (element.tagName === 'style') inline.styles.push(sha256(toString(element)));
    if (element.properties.style !== undefined) inline.styleAttributes.push(`${where}: <${element.tagName} style="${String(element.properties.style)}">`);
    for (const name of Object.keys(element.properties)) {
      if (/^on[A-Z]/.test(name)) inline.handlers.push(`${where}: <${element.tagName} ${name.toLowerCase()}>`);
    }
    const href = element.properties.href;
    if (typeof href === 'string' && /^\s*javascript:/i.test(href)) inline.handlers.push(`${where}: <${element.tagName} href="${href}">`);
  });
  return inline;
}

let exportInlineMemo: Inline | undefined;
/** Everything inline in the export's pages (parsed once per worker: the pages are large). */
function exportInline(): Inline {
  if (exportInlineMemo) return exportInlineMemo;
  const all: Inline = { scripts: [], styles: [], styleAttributes: [], handlers: [] };
  for (const file of filesEndingIn(out, '.html')) {
    const inline = inlineOf(readFileSync(file, 'utf8'), path.relative(out, file));
    all.scripts.push(...inline.scripts);
    all.styles.push(...inline.styles);
    all.styleAttributes.push(...inline.styleAttributes);
    all.handlers.push(...inline.handlers);
  }
  exportInlineMemo = all;
  return all;
}

const unique = (values: string[]) => [...new Set(values)].sort();

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

/** The `/*` block and the per-path Cache-Control of out/_headers (Netlify / Cloudflare Pages format). */
function headersFile(): Map<string, Map<string, string>> {
  const file = path.join(out, '_headers');
  const rules = new Map<string, Map<string, string>>();
  if (!existsSync(file)) return rules;
  let current: Map<string, string> | undefined;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (current && colon > 0) current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

const securityHeaderNames = [
  'content-security-policy',
  'referrer-policy',
  'x-content-type-options',
  'permissions-policy',
  'cross-origin-opener-policy',
  'strict-transport-security',
];

function moduleScriptPath(): string {
  const match = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(readFileSync(path.join(out, 'de.html'), 'utf8'));
  if (!match?.[1]) throw new Error('out/de.html has no module script');
  return match[1];
}

function expectSecurityHeaders(response: APIResponse, what: string): void {
  const headers = response.headers();
  const inline = exportInline();
  const missing = securityHeaderNames.filter((name) => !headers[name]);
  expect(missing, `${what} lacks header(s)`).toEqual([]);
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['cross-origin-opener-policy'], what).toBe('same-origin');
  const permissions = (headers['permissions-policy'] ?? '').split(',').map((part) => part.trim());
  for (const feature of ['camera', 'microphone', 'geolocation', 'interest-cohort', 'browsing-topics', 'payment', 'usb']) {
    expect(permissions, `${what}: Permissions-Policy must deny ${feature}`).toContain(`${feature}=()`);
  }
  const csp = directives(headers['content-security-policy'] ?? '');
  expect(csp.get('default-src'), `${what}: default-src (nothing unless named)`).toEqual(["'none'"]);
  const scriptSources = csp.get('script-src') ?? [];
  expect(scriptSources[0], `${what}: script-src`).toBe("'self'");
  expect(unique(scriptSources.filter((source) => source.startsWith("'sha"))), `${what}: script-src must name exactly the hashes of the export's inline scripts`).toEqual(
    unique(inline.scripts),
  );
  expect(scriptSources.includes("'wasm-unsafe-eval'"), `${what}: 'wasm-unsafe-eval' exactly when a script compiles WebAssembly`).toBe(exportUsesWebAssembly());
  expect(
    scriptSources.filter((source) => source !== "'self'" && source !== "'wasm-unsafe-eval'" && !source.startsWith("'sha256-")),
    `${what}: script-src allows nothing else`,
  ).toEqual([]);
  expect(csp.get('style-src'), `${what}: style-src`).toEqual(["'self'", ...unique(inline.styles)]);
  expect(csp.get('img-src'), `${what}: img-src`).toEqual(["'self'", 'data:']);
  expect(csp.get('font-src'), `${what}: font-src`).toEqual(["'self'"]);
  expect(csp.get('connect-src'), `${what}: connect-src`).toEqual(["'self'"]);
  expect(csp.get('object-src'), `${what}: object-src`).toEqual(["'none'"]);
  expect(csp.get('base-uri'), `${what}: base-uri`).toEqual(["'self'"]);
  expect(csp.get('form-action'), `${what}: form-action`).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(headers['content-security-policy'], `${what}: no unsafe-inline, unsafe-eval or unsafe-hashes`).not.toMatch(/'unsafe-(inline|eval|hashes)'/);
}

test.describe('security headers', () => {
  test('every kind of response carries every header', async ({ request }) => {
    const missing = ['/de/texts/gibt-es-nicht', '/.build-stamp', '/_headers'];
    const paths = ['/', '/de', '/en', '/de/texts/januar-aufstand', '/en/texts/hintergruende', '/api/texts.json', '/favicon.svg', moduleScriptPath(), ...missing];
    for (const pathname of paths) {
      const response = await request.get(pathname, { headers: { 'accept-encoding': 'br' } });
      expect(response.status(), `${pathname} (build files are not part of the site)`).toBe(missing.includes(pathname) ? 404 : 200);
      expectSecurityHeaders(response, pathname);
    }
  });

  test('each served page has its inline scripts allowed by hash, and nothing inline that the policy blocks', async ({ request }) => {
    for (const pathname of ['/', '/de', '/en', ...readerPaths()]) {
      const response = await request.get(pathname);
      const scriptSources = directives(response.headers()['content-security-policy'] ?? '').get('script-src') ?? [];
      const inline = inlineOf(await response.text(), pathname);
      for (const hash of inline.scripts) expect(scriptSources, `${pathname}: an inline script whose hash the CSP does not allow`).toContain(hash);
    }
    const inline = exportInline();
    expect(inline.styleAttributes, 'style="…" attributes are blocked by style-src \'self\': move the styling into the stylesheet').toEqual([]);
    expect(inline.handlers, 'inline event handlers and javascript: URLs are blocked by the CSP: use the module script').toEqual([]);
  });

  test('out/_headers carries the same headers, and the server the same cache rules', async ({ request }) => {
    const rules = headersFile();
    expect(rules.size, 'out/_headers is missing or empty (written by scripts/postbuild.ts)').toBeGreaterThan(0);
    const all = rules.get('/*');
    expect(all, 'out/_headers has no /* rule').toBeDefined();
    const served = (await request.get('/de/texts/januar-aufstand')).headers();
    for (const name of securityHeaderNames) expect(all?.get(name), `out/_headers: ${name}`).toBe(served[name]);

    const samples: Record<string, string> = { '/_next/static/*': '', '/assets/*': moduleScriptPath(), '/fonts/*': '' };
    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(readFileSync(path.join(out, 'de.html'), 'utf8'))?.[1];
    if (css) samples['/_next/static/*'] = css;
    const font = readdirSync(path.join(out, 'fonts')).find((file) => file.endsWith('.woff2'));
    if (font) samples['/fonts/*'] = `/fonts/${font}`;
    for (const [pattern, sample] of Object.entries(samples)) {
      const cacheControl = rules.get(pattern)?.get('cache-control');
      expect(cacheControl, `out/_headers: Cache-Control for ${pattern}`).toBeDefined();
      if (!sample) continue;
      expect((await request.get(sample)).headers()['cache-control'], `served Cache-Control of ${sample} (${pattern})`).toBe(cacheControl);
    }
    expect(rules.get('/fonts/*')?.get('cache-control'), 'fonts keep fixed names across builds: never immutable').not.toMatch(/immutable/);
    expect(rules.get('/assets/*')?.get('cache-control')).toMatch(/immutable/);
    expect(served['cache-control'], 'pages are revalidated').toMatch(/max-age=0/);
  });

  test('out/_headers names the type of every download a host may not know, as the server sends it', async ({ request }) => {
    const rules = headersFile();
    const downloads = [
      '/api/cite/hintergruende.de.bib',
      '/api/cite/hintergruende.de.ris',
      '/api/cite/hintergruende.de.json',
      '/api/texts/hintergruende.tei.xml',
      '/api/texts/hintergruende.de.md',
    ];
    for (const download of downloads) {
      const type = rules.get(download)?.get('content-type');
      expect(type, `out/_headers: Content-Type for ${download}`).toBeDefined();
      expect((await request.get(download)).headers()['content-type'], `served Content-Type of ${download}`).toBe(type);
    }
    expect(rules.get('/api/cite/hintergruende.de.bib')?.get('content-type')).toBe('application/x-bibtex; charset=utf-8');
    expect(rules.get('/api/cite/hintergruende.de.ris')?.get('content-type')).toBe('application/x-research-info-systems; charset=utf-8');
    expect(rules.get('/api/cite/hintergruende.de.json')?.get('content-type')).toMatch(/^application\/vnd\.citationstyles\.csl\+json/);
  });

  test('the policy lets the offline worker and the manifest load from the edition only', () => {
    const policy = headersFile().get('/*')?.get('content-security-policy') ?? '';
    expect(policy).toMatch(/(^|; )worker-src 'self'(;|$)/);
    expect(policy).toMatch(/(^|; )manifest-src 'self'(;|$)/);
  });
});

interface Watch {
  violations: string[];
  errors: string[];
  /** URLs of the scripts the page's main world parsed (inline scripts under their document's URL). */
  parsed: string[];
}

/** Records CSP violations (event and console), errors, and every script Chromium parses in the page. */
async function watch(page: Page): Promise<Watch> {
  const watched: Watch = { violations: [], errors: [], parsed: [] };
  await page.exposeBinding('reportViolation', (_source, detail: string) => {
    watched.violations.push(detail);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (detail: string) => void }).reportViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} (${event.sample})`);
    });
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) watched.violations.push(`console: ${message.text()}`);
    else if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Debugger.scriptParsed', (event) => {
    if (event.url) watched.parsed.push(event.url);
  });
  await cdp.send('Debugger.enable');
  return watched;
}

function inlineScriptCount(file: string): number {
  return inlineOf(readFileSync(path.join(out, file), 'utf8'), file).scripts.length;
}

test.describe('the pages under the Content-Security-Policy', () => {
  test('a reader page: no violation, both scripts run, the view switch changes html[data-view]', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    const watched = await watch(page);
    await page.goto('/de/texts/januar-aufstand');
    await page.waitForLoadState('load');
    const html = page.locator('html');
    await expect(html, 'the inline init script ran').toHaveClass(/\bjs\b/);
    const before = await html.getAttribute('data-view');
    const target = before === 'en' ? 'de' : 'en';
    await page.locator(`label[for="view-${target}"]`).click();
    await expect(html, 'the module script switched the view').toHaveAttribute('data-view', target);
    const url = `${baseURL}/de/texts/januar-aufstand`;
    expect(watched.parsed, 'the module script was parsed').toContain(`${baseURL}${moduleScriptPath()}`);
    expect(watched.parsed.filter((parsed) => parsed === url).length, 'every inline script was parsed').toBeGreaterThanOrEqual(inlineScriptCount('de/texts/januar-aufstand.html'));
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  test('a library page: no violation, both scripts run', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const watched = await watch(page);
    await page.goto('/en?view=de');
    await page.waitForLoadState('load');
    const html = page.locator('html');
    await expect(html, 'the inline init script ran').toHaveClass(/\bjs\b/);
    await expect(html, 'the inline init script read ?view=').toHaveAttribute('data-view', 'de');
    await expect(page.locator('a.language-switch').first(), 'the module script carried the view into the language switch').toHaveAttribute('href', /[?&]view=de\b/);
    expect(watched.parsed).toContain(`${baseURL}${moduleScriptPath()}`);
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  test('the search page (when built): no violation while Pagefind compiles its WebAssembly and answers', async ({ browser }) => {
    test.skip(!existsSync(path.join(out, 'de', 'search.html')), 'no /de/search in this export');
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    const watched = await watch(page);
    await page.goto('/de/search');
    await page.locator('#search-q').fill('Streik');
    await expect(page.locator('.search-results > li').first(), 'the search answered').toBeVisible({ timeout: 15_000 });
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  test('the root page: no violation, its script runs, the reader is sent on', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    const watched = await watch(page);
    // Hold the reader on / (the meta refresh would load the next page, whose scripts would hide the
    // root page's): record where the page sends the reader, and let the request go nowhere.
    const sentTo: string[] = [];
    await page.route(
      (url) => url.pathname !== '/' && url.origin === baseURL,
      async (route) => {
        if (!route.request().isNavigationRequest()) return route.continue();
        sentTo.push(new URL(route.request().url()).pathname);
        return route.abort('aborted');
      },
    );
    await page.goto('/');
    await page.waitForLoadState('load');
    await expect.poll(() => sentTo, { message: 'the root page sends the reader on to a language' }).toContainEqual(expect.stringMatching(/^\/(de|en)$/));
    expect(watched.parsed, 'the module script was parsed on the root page').toContain(`${baseURL}${moduleScriptPath()}`);
    expect(watched.parsed.filter((parsed) => parsed === `${baseURL}/`).length, 'every inline script of the root page was parsed').toBeGreaterThanOrEqual(
      inlineScriptCount('index.html'),
    );
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });
});
