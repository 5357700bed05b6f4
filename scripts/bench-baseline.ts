/**
 * The bare-HTML baseline of a reader page (issue #11): the same blocks as minimal static HTML — a
 * doctype, a title, every block's German and English text in `<p>`s, no CSS, no script — which is
 * what the text itself weighs. `npm run bench` measures every reader page against it, and
 * tests/export/reader-weight.test.ts keeps the page's HTML brotli within 1.5× of it.
 */
export interface BaselineText {
  title: Record<string, string | undefined>;
  blocks: { id: string; text: Record<string, string | undefined> }[];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** From the text's `/api/texts/<slug>.json`. */
export function baselineHtml(text: BaselineText, slug: string, locale: string): string {
  const title = text.title[locale] ?? text.title.de ?? slug;
  const rows = text.blocks.map((block) => `<p id="${block.id}">${escapeHtml(block.text.de ?? '')}</p><p lang="en">${escapeHtml(block.text.en ?? '')}</p>`);
  return `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>${escapeHtml(title)}</title>${rows.join('')}</html>`;
}

/** What a reader page's HTML brotli may weigh against its baseline's. */
export const maxBrotliRatio = 1.5;
