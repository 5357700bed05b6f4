/**
 * The editors' published Web Annotations resolved as an outside tool resolves them: every target's
 * TextQuoteSelector and TextPositionSelector, each refining the block's FragmentSelector, matched in
 * that block's text (`/api/texts/<slug>.json`, the text the selectors are defined on) by Apache
 * Annotator (`@apache-annotator/selector`), an implementation that did not write them. The quote must
 * find exactly one place (its prefix and suffix make it unique), the same place the positions name,
 * and the words there must be the quote's.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { textPositionSelectorMatcher, textQuoteSelectorMatcher, type Chunk, type ChunkRange, type Chunker } from '@apache-annotator/selector';
import { describe, expect, test } from 'vitest';

const out = path.resolve(process.env.EXPORT_OUT ?? 'out');

function readJson<T>(relative: string): T {
  const file = path.join(out, relative);
  if (!existsSync(file)) throw new Error(`out${relative} is missing (run \`npm run build\`)`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

interface Refined {
  type: 'FragmentSelector';
  value: string;
  refinedBy: { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string } | { type: 'TextPositionSelector'; start: number; end: number };
}
interface Annotation {
  id: string;
  target: { selector: Refined[] } | { selector: Refined[] }[];
}

const { texts } = readJson<{ texts: { slug: string; annotations: Record<string, string> }[] }>('/api/texts.json');
const pages = texts.flatMap((text) => Object.entries(text.annotations).map(([lang, url]) => ({ slug: text.slug, lang, url })));

/** The block's text as the one chunk Apache Annotator scans. */
function scope(text: string): Chunker<Chunk<string>> {
  const chunk = { data: text };
  return { currentChunk: chunk, nextChunk: () => null, previousChunk: () => null, precedesCurrentChunk: () => false };
}

async function all(matches: AsyncGenerator<ChunkRange<Chunk<string>>, void, void>): Promise<[number, number][]> {
  const found: [number, number][] = [];
  for await (const match of matches) found.push([match.startIndex, match.endIndex]);
  return found;
}

describe('the editors’ Web Annotations, resolved by Apache Annotator', () => {
  test.each(pages)('$slug ($lang): every quote is found once, where its positions say', async ({ slug, lang, url }) => {
    const blocks = new Map(
      readJson<{ blocks: { id: string; text: Record<string, string> }[] }>(`/api/texts/${slug}.json`).blocks.map((block) => [block.id, block.text[lang] ?? '']),
    );
    const { items } = readJson<{ items: Annotation[] }>(url);
    expect(items.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const annotation of items) {
      for (const target of [annotation.target].flat()) {
        const quote = target.selector.find((selector) => selector.refinedBy.type === 'TextQuoteSelector');
        const position = target.selector.find((selector) => selector.refinedBy.type === 'TextPositionSelector');
        if (!quote || !position || quote.refinedBy.type !== 'TextQuoteSelector' || position.refinedBy.type !== 'TextPositionSelector') {
          problems.push(`${annotation.id}: no quote and position selector`);
          continue;
        }
        const text = blocks.get(quote.value);
        if (text === undefined || position.value !== quote.value) {
          problems.push(`${annotation.id}: block ${quote.value} / ${position.value} is not in /api/texts/${slug}.json`);
          continue;
        }
        const byQuote = await all(textQuoteSelectorMatcher(quote.refinedBy)(scope(text)));
        const byPosition = await all(textPositionSelectorMatcher(position.refinedBy)(scope(text)));
        if (byQuote.length !== 1) problems.push(`${annotation.id}: the quote “${quote.refinedBy.exact}” matches ${byQuote.length} times in ${quote.value}`);
        else if (JSON.stringify(byQuote[0]) !== JSON.stringify(byPosition[0]))
          problems.push(`${annotation.id}: quote at ${byQuote[0]?.join('–')}, positions at ${byPosition[0]?.join('–')}`);
        else if (text.slice(...(byQuote[0] ?? [0, 0])) !== quote.refinedBy.exact) problems.push(`${annotation.id}: the words found are not the quote`);
      }
    }
    expect(problems).toEqual([]);
  });
});
