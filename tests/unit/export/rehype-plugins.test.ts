import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { rehypeAddScript } from '@/lib/export/rehype-add-script';
import { rehypeCollectInline } from '@/lib/export/rehype-collect-inline';
import { rehypeStripNextRuntime } from '@/lib/export/rehype-strip-next-runtime';
import { rehypeStripReactMarkers } from '@/lib/export/rehype-strip-react-markers';

/** Runs one plugin's transformer on an HTML string; returns the HTML and the file (messages, data). */
function run(transform: (tree: Root, file: VFile) => void, html: string): { html: string; file: VFile } {
  const tree = fromHtml(html);
  const file = new VFile();
  transform(tree, file);
  return { html: toHtml(tree), file };
}

const head = (inner: string) => `<!doctype html><html><head>${inner}</head><body><p>Text</p></body></html>`;

describe('rehypeStripNextRuntime', () => {
  const strip = rehypeStripNextRuntime();

  it('removes Next’s chunk scripts, their preloads and modulepreloads, and keeps everything of the edition', () => {
    const { html, file } = run(
      strip,
      head(
        '<link rel="modulepreload" href="/_next/static/chunks/m.js"><link rel="preload" as="script" href="/_next/static/chunks/c.js"><script src="/_next/static/chunks/c.js" async></script><script type="module" src="/assets/edition.1.js" data-edition="main"></script>',
      ),
    );
    expect(html).toBe(head('<script type="module" src="/assets/edition.1.js" data-edition="main"></script>'));
    expect(file.messages).toEqual([]);
  });

  it('leaves an unknown script in place and says so: the caller stops the build', () => {
    const { html, file } = run(strip, head('<script src="/cdn/lib.js"></script>'));
    expect(html).toContain('/cdn/lib.js');
    expect(file.messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^<script src="\/cdn\/lib\.js">: neither the edition's own nor Next's known runtime/)]);
  });

  it('refuses a stylesheet or preload that is neither Next’s nor the edition’s font', () => {
    const { file } = run(strip, head('<link rel="stylesheet" href="https://fonts.example/css"><link rel="preload" as="image" href="/x.png">'));
    expect(file.messages).toHaveLength(2);
  });

  it('changes nothing when run twice', () => {
    const once = run(strip, head('<script src="/_next/static/chunks/c.js"></script><script data-edition="init">x()</script>')).html;
    expect(run(strip, once).html).toBe(once);
  });
});

describe('rehypeAddScript', () => {
  const add = rehypeAddScript({ src: '/assets/edition.new.js' });

  it('adds the edition’s script at the end of the head, as a module', () => {
    expect(run(add, head('<title>T</title>')).html).toBe(head('<title>T</title><script type="module" src="/assets/edition.new.js" data-edition="main"></script>'));
  });

  it('replaces the script of an earlier bundle rather than adding a second', () => {
    const html = run(add, head('<script type="module" src="/assets/edition.old.js" data-edition="main"></script><title>T</title>')).html;
    expect(html).toBe(head('<title>T</title><script type="module" src="/assets/edition.new.js" data-edition="main"></script>'));
  });

  it('changes nothing when run twice', () => {
    const once = run(add, head('<title>T</title>')).html;
    expect(run(add, once).html).toBe(once);
  });
});

describe('rehypeCollectInline', () => {
  const collect = rehypeCollectInline();

  it('records executable inline scripts and styles, not data blocks or scripts with a src', () => {
    const { file } = run(
      collect,
      head(
        '<script>a()</script><script type="module">b()</script><script type="application/json">{}</script><script type="application/ld+json">{}</script><script src="/x.js"></script><style>p{color:red}</style>',
      ),
    );
    expect(file.data.inline).toEqual({ scripts: ['a()', 'b()'], styles: ['p{color:red}'] });
    expect(file.messages).toEqual([]);
  });

  it('refuses what the policy would silently block: style attributes, inline handlers, javascript: URLs', () => {
    const { file } = run(collect, head('<p style="color:red">x</p><button onclick="go()">Go</button><a href="javascript:go()">Go</a>'));
    expect(file.messages.map((message) => message.reason)).toEqual([
      expect.stringContaining('<p style="color:red" (style-src'),
      expect.stringContaining('<button onclick="…" (script-src'),
      expect.stringContaining('<a href="javascript:go()" (a javascript: URL'),
    ]);
  });

  it('changes nothing in the tree, and finds the same when run twice', () => {
    const input = head('<script>a()</script>');
    const once = run(collect, input);
    const twice = run(collect, once.html);
    expect(once.html).toBe(toHtml(fromHtml(input)));
    expect(twice.html).toBe(once.html);
    expect(twice.file.data.inline).toEqual(once.file.data.inline);
  });
});

describe('rehypeStripReactMarkers', () => {
  const strip = rehypeStripReactMarkers();
  const body = (inner: string) => `<!doctype html><html><head></head><body>${inner}</body></html>`;

  it('removes React’s text separators and Suspense markers; the text reads the same', () => {
    const { html } = run(strip, body('<p>Zitieren<!-- -->: <span>der Text</span></p><!--$--><!--/$--><p>b<!--$?-->c<!--$!--></p>'));
    expect(html).toBe(body('<p>Zitieren: <span>der Text</span></p><p>bc</p>'));
  });

  it('removes the hidden element that held only markers, and no other', () => {
    const { html } = run(strip, body('<div hidden><!--$--><!--/$--></div><div hidden></div><div><!--$--></div><p>x</p>'));
    expect(html).toBe(body('<div hidden></div><div></div><p>x</p>'));
  });

  it('keeps the edition’s own comments and drops only the stylesheets’ data-precedence', () => {
    const input = '<!doctype html><html><head><link rel="stylesheet" href="/a.css" data-precedence="next"></head><body><!-- kept --><p>x</p></body></html>';
    const { html } = run(strip, input);
    expect(html).toBe('<!doctype html><html><head><link rel="stylesheet" href="/a.css"></head><body><!-- kept --><p>x</p></body></html>');
    expect(run(strip, html).html).toBe(html);
  });
});
