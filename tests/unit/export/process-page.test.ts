import { describe, expect, it } from 'vitest';
import { processPage } from '@/lib/export/process-page';

const page = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<link rel="stylesheet" href="/_next/static/chunks/a.css">
<link rel="preload" as="script" href="/_next/static/chunks/b.js">
<script src="/_next/static/chunks/b.js" async=""></script>
<script data-edition="init">document.documentElement.classList.add('js')</script>
</head><body><p>Text</p><script>self.__next_f.push([1,"payload"])</script>
<script type="application/json" id="reader-data" data-edition="data">{"a":1}</script></body></html>`;

describe('processPage', () => {
  const result = processPage(page, '/assets/edition.abc.js');

  it('removes Next.js scripts, the inline payload and script preloads', () => {
    expect(result).not.toContain('_next/static/chunks/b.js');
    expect(result).not.toContain('__next_f');
  });

  it('keeps the stylesheet, the text and the edition’s own scripts', () => {
    expect(result).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css">');
    expect(result).toContain('<p>Text</p>');
    expect(result).toContain(`<script data-edition="init">document.documentElement.classList.add('js')</script>`);
    expect(result).toContain('<script type="application/json" id="reader-data" data-edition="data">{"a":1}</script>');
  });

  it('adds the edition’s script to the head once, even when run twice', () => {
    const twice = processPage(result, '/assets/edition.abc.js');
    expect(twice.match(/edition\.abc\.js/g)).toHaveLength(1);
    expect(twice).toMatch(/<script type="module" src="\/assets\/edition\.abc\.js" data-edition="main"><\/script><\/head>/);
  });

  it('keeps the doctype', () => {
    expect(result.startsWith('<!doctype html>')).toBe(true);
  });
});
