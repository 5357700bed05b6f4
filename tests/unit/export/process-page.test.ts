import { describe, expect, it } from 'vitest';
import { processPage } from '@/lib/export/process-page';

const page = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next">
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js">
<script src="/_next/static/chunks/b.js" async=""></script>
<link rel="preload" href="/fonts/serif.woff2" as="font" type="font/woff2" crossorigin="anonymous">
<link rel="canonical" href="/de">
<script data-edition="init">document.documentElement.classList.add('js')</script>
<script src="/_next/static/chunks/polyfill.js" noModule=""></script>
</head><body><p>Text</p>
<script type="application/json" id="reader-data" data-edition="data">{"a":1}</script>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"payload"])</script></body></html>`;

describe('processPage', () => {
  const result = processPage(page, '/assets/edition.abc.js', 'de.html');

  it("removes Next's chunks, their preloads, the inline payload and Turbopack's bootstrap", () => {
    expect(result.html).not.toContain('/_next/static/chunks/b.js');
    expect(result.html).not.toContain('polyfill.js');
    expect(result.html).not.toContain('__next_f');
    expect(result.html).not.toContain('TURBOPACK');
    expect(result.problems).toEqual([]);
  });

  it("keeps Next's stylesheet (without React's data-precedence), the font preload, metadata links, the text and the edition's own scripts", () => {
    expect(result.html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css">');
    expect(result.html).toContain('<link rel="preload" href="/fonts/serif.woff2"');
    expect(result.html).toContain('<link rel="canonical" href="/de">');
    expect(result.html).toContain('<p>Text</p>');
    expect(result.html).toContain(`<script data-edition="init">document.documentElement.classList.add('js')</script>`);
    expect(result.html).toContain('<script type="application/json" id="reader-data" data-edition="data">{"a":1}</script>');
  });

  it("adds the edition's script to the head once", () => {
    expect(result.html.match(/edition\.abc\.js/g)).toHaveLength(1);
    expect(result.html).toMatch(/<script type="module" src="\/assets\/edition\.abc\.js" data-edition="main"><\/script>\s*<\/head>/);
  });

  it('collects the executable inline scripts as they ship (not the JSON data, not the removed payload)', () => {
    expect(result.inline).toEqual({ scripts: ["document.documentElement.classList.add('js')"], styles: [] });
  });

  it('changes nothing when run twice', () => {
    const twice = processPage(result.html, '/assets/edition.abc.js', 'de.html');
    expect(twice.html).toBe(result.html);
    expect(twice.inline).toEqual(result.inline);
  });

  it('keeps the doctype', () => {
    expect(result.html.startsWith('<!doctype html>')).toBe(true);
  });

  it('names each element that crosses the boundary unchecked, at its line, with what to do (the runtime checks first, then what the policy would block)', () => {
    const crossing = `<!doctype html><html><head>
<link rel="preload" href="/tracker.js" as="script">
</head><body>
<script>window.stray = 1</script>
<script data-edition="analytics" src="/a.js"></script>
<button onclick="go()">Go</button>
<script>$RC("B:0","S:0")</script>
</body></html>`;
    expect(processPage(crossing, '/assets/edition.abc.js', 'de/x.html').problems).toEqual([
      expect.stringMatching(/^de\/x\.html:2:1: <link rel="preload" as="script" href="\/tracker\.js">: neither the edition's own nor Next's known runtime \(.*next\/script/),
      expect.stringMatching(/^de\/x\.html:4:1: <script>window\.stray = 1<\/script>: neither/),
      expect.stringMatching(/^de\/x\.html:5:1: <script src="\/a\.js">: a script marked data-edition="analytics", a kind lib\/export\/edition-elements\.ts does not know/),
      expect.stringMatching(/^de\/x\.html:7:1: <script>\$RC\("B:0","S:0"\)<\/script>: React's streaming runtime .* \(render the page without a Suspense fallback/),
      expect.stringMatching(/^de\/x\.html:6:1: <button onclick="…" \(script-src blocks inline handlers/),
    ]);
  });
});
