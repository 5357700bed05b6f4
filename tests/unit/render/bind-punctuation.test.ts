import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { bindPunctuation } from '@/lib/render/bind-punctuation';

function bind(html: string): string {
  const root = fromHtml(html, { fragment: true }) as Root;
  const element = root.children[0] as Element;
  return toHtml(bindPunctuation(element));
}

const term = (name: string) => `<span data-term="x" data-marked="">${name}</span>`;

describe('bindPunctuation', () => {
  it('binds an opening bracket and the closing one to a marked term', () => {
    expect(bind(`<p>der Konzern (${term('Chevron')}) und</p>`)).toBe(`<p>der Konzern <span class="nobr">(${term('Chevron')})</span> und</p>`);
  });

  it('binds an opening quote and a full stop', () => {
    expect(bind(`<p>das „${term('Kaz Cent')}“. Dann</p>`)).toBe(`<p>das <span class="nobr">„${term('Kaz Cent')}“.</span> Dann</p>`);
  });

  it('binds a note marker right after the term', () => {
    expect(bind(`<p>in ${term('Almaty')}<sup data-note-marker="n">3</sup>, dann</p>`)).toBe(
      `<p>in <span class="nobr">${term('Almaty')}<sup data-note-marker="n">3</sup>,</span> dann</p>`,
    );
  });

  it('leaves a term with spaces around it, and an unmarked occurrence, alone', () => {
    const html = `<p>in ${term('Almaty')} und <span data-term="x">(Almaty)</span></p>`;
    expect(bind(html)).toBe(html);
  });

  it('works inside nested elements and does not change its input', () => {
    const root = fromHtml(`<p><em>(${term('NATO')})</em></p>`, { fragment: true }) as Root;
    const element = root.children[0] as Element;
    const before = toHtml(element);
    expect(toHtml(bindPunctuation(element))).toBe(`<p><em><span class="nobr">(${term('NATO')})</span></em></p>`);
    expect(toHtml(element)).toBe(before);
  });
});
