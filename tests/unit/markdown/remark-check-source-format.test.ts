import { describe, expect, it } from 'vitest';
import { parseVersion } from '@/lib/markdown/parse-version';

const messages = (markdown: string) => parseVersion(markdown, 'test.md').problems.map((problem) => `${problem.line}: ${problem.message}`);

describe('remarkCheckSourceFormat', () => {
  it('accepts paragraphs, headings, lists, emphasis and http(s) links', () => {
    expect(messages('## Kopf {#p1}\n\nText mit *Betonung*, **Stärke** und <https://example.org>. {#p2}\n\n- a {#p3}\n')).toEqual([]);
  });

  it('refuses raw HTML, block or inline', () => {
    expect(messages('<script>alert(1)</script>\n\nText {#p1}\n')).toEqual(['1: raw HTML is not allowed in a text']);
    expect(messages('Text <img src=x onerror=alert(1)> {#p1}\n')).toEqual(['1: raw HTML is not allowed in a text']);
    expect(messages('Text <iframe src="https://example.org"></iframe> {#p1}\n')).toContain('1: raw HTML is not allowed in a text');
  });

  it('refuses javascript: and other unsafe link schemes', () => {
    expect(messages('[klick](javascript:alert(1)) {#p1}\n')).toEqual(['1: a link to “javascript:alert(1)”']);
    expect(messages('[daten](data:text/html,x) {#p1}\n')).toEqual(['1: a link to “data:text/html,x”']);
  });

  it('refuses images, code, block quotes, rules and level-1 headings', () => {
    expect(messages('![Bild](https://example.org/a.png) {#p1}\n')).toEqual(['1: images are not part of the source format']);
    expect(messages('    code\n')).toContain('1: code blocks are not part of the source format');
    expect(messages('> Zitat {#p1}\n')).toContain('1: block quotations are not part of the source format');
    expect(messages('Text {#p1}\n\n---\n')).toContain('3: thematic breaks are not part of the source format');
    expect(messages('# Titel {#p1}\n')).toEqual(['1: a heading of level 1']);
  });

  it('refuses nested lists and list items with several paragraphs', () => {
    expect(messages('- a {#p1}\n  - b {#p2}\n')).toContain('2: a nested list');
    expect(messages('- a {#p1}\n\n  noch ein Absatz\n')).toContain('1: a list item with more than one paragraph');
  });

  it('explains what to do for each refusal', () => {
    const [problem] = parseVersion('<b>fett</b> {#p1}\n', 'test.md').problems;
    expect(problem?.hint).toMatch(/write the content as plain Markdown/);
    expect(problem?.file).toBe('test.md');
  });
});
