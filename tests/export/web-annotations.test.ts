/**
 * The editors' notes and glossary marks published as W3C Web Annotations (out/api/annotations/),
 * checked by the W3C Web Annotation Working Group's own MUST assertions, read as an outside tool reads
 * them: from the files, with site-relative IRIs resolved against the address they are served from
 * (JSON-LD resolves `id`, `source`, `partOf`, `first` and `last` against the document's base).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { placeholderHost } from '../helpers/placeholder-hosts';
import { runAssertions } from '../helpers/web-annotation-assertions';

const out = path.resolve(process.env.EXPORT_OUT ?? 'out');
const servedFrom = 'http://127.0.0.1:3000/';
const iriKeys = new Set(['id', 'source', 'partOf', 'first', 'last']);

function readJson(relative: string): unknown {
  const file = path.join(out, relative);
  if (!existsSync(file)) throw new Error(`out${relative} is missing (run \`npm run build\`)`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** What a JSON-LD processor does with the relative IRIs of the anno.jsonld context's @id terms. */
function resolveIris(value: unknown, base: string): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveIris(item, base));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, iriKeys.has(key) && typeof item === 'string' ? new URL(item, base).href : resolveIris(item, base)]));
}

interface Summary {
  slug: string;
  languages: string[];
  annotations: Record<string, string>;
}

const { texts } = readJson('/api/texts.json') as { texts: Summary[] };
const files = texts.flatMap((text) => Object.entries(text.annotations).map(([lang, url]) => ({ slug: text.slug, lang, url })));

describe('the published Web Annotations', () => {
  test('every text lists one annotation page per version', () => {
    expect(files.length).toBeGreaterThanOrEqual(texts.length * 2);
    for (const text of texts) expect(Object.keys(text.annotations).sort()).toEqual([...text.languages].sort());
  });

  test.each(files)('$slug ($lang) passes the W3C MUST assertions: each annotation, the page and its collection', ({ url }) => {
    const page = resolveIris(readJson(url), servedFrom) as { '@context': string; items: Record<string, unknown>[]; partOf: { id: string } };
    expect(page.items.length).toBeGreaterThan(0);
    expect(runAssertions('collections/pages/pageMusts.test', page)).toEqual([]);
    for (const item of page.items) expect(runAssertions('annotations/annotationMusts.test', { '@context': page['@context'], ...item })).toEqual([]);
    const collection = resolveIris(readJson(new URL(page.partOf.id).pathname), servedFrom);
    expect(runAssertions('collections/collectionMusts.test', collection)).toEqual([]);
  });

  test('no published IRI carries an invented host', () => {
    for (const { url } of files) expect(readFileSync(path.join(out, url), 'utf8')).not.toMatch(placeholderHost);
  });
});
