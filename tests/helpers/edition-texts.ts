/**
 * The edition's texts as tests should find them: never a list of slugs or a block count written into
 * a test, so that a third text (or a text that grows by a paragraph) is tested without editing tests.
 * - Which texts there are: the folders of texts/ (a text is a folder with a meta.yaml; its name is the
 *   slug), readable before anything is built, so test lists can be made when the spec file loads.
 * - What was published of each: the public JSON API of the build (out/api/), read when a test runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { languages } from '../../lib/content/schema';

const textsDir = path.resolve('texts');
const out = path.resolve(process.env.EXPORT_OUT ?? 'out');

/** Every text's slug, in the order of texts.json (alphabetical). */
export function editionSlugs(): string[] {
  return readdirSync(textsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(textsDir, entry.name, 'meta.yaml')))
    .map((entry) => entry.name)
    .sort();
}

/** Every reader page: each text in each interface language (`/de/texts/<slug>`, `/en/texts/<slug>`), text by text. */
export function readerPaths(): string[] {
  return editionSlugs().flatMap((slug) => languages.map((locale) => `/${locale}/texts/${slug}`));
}

/** The parts of `out/api/texts/<slug>.json` the tests count with (README, “JSON API”). */
const publishedTextSchema = z.object({
  slug: z.string(),
  blocks: z.array(z.object({ id: z.string(), kind: z.enum(['heading', 'paragraph', 'item']) })).min(1),
});
export type PublishedText = z.infer<typeof publishedTextSchema>;

/** A text as the last build published it: its blocks, one row each on the reader page. */
export function publishedText(slug: string): PublishedText {
  const file = path.join(out, 'api', 'texts', `${slug}.json`);
  if (!existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} is missing: build the edition first (npm run build)`);
  return publishedTextSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The number in a block id (`p103` → 103), as the reader's ¶ labels and status messages show it. */
export function blockNumber(id: string): number {
  return Number(/\d+/.exec(id)?.[0] ?? Number.NaN);
}
