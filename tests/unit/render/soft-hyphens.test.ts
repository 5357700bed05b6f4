import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { softHyphens } from '@/lib/render/soft-hyphens';

const element = (html: string) => (fromHtml(html, { fragment: true }) as Root).children[0] as Element;

describe('softHyphens', () => {
  it('puts soft hyphens into long German words only', () => {
    const text = toString(softHyphens(element('<p>Das NATO-Ausbildungszentrum in der Stadt</p>')));
    expect(text.replaceAll('\u00AD', '')).toBe('Das NATO-Ausbildungszentrum in der Stadt');
    expect(text).toContain('Aus\u00ADbil\u00ADdungs\u00ADzen\u00ADtrum');
    expect(text).toContain(' in der Stadt');
  });

  it('leaves links alone', () => {
    const html = '<p><a href="https://x.org">Ausbildungszentrum</a></p>';
    expect(toString(softHyphens(element(html)))).toBe('Ausbildungszentrum');
  });
});
