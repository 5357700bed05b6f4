import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { brotliQuality, largeQuality, pageLimit, precompress, smallLimit } from '../../../scripts/precompress';

const folders: string[] = [];
function folder(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'precompress-'));
  folders.push(root);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}
afterEach(() => {
  for (const root of folders.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('brotli quality by size', () => {
  test('a small file and a reader-sized page get the best quality', () => {
    expect(brotliQuality('api/cite/x.de.json', smallLimit)).toBe(constants.BROTLI_MAX_QUALITY);
    expect(brotliQuality('de/texts/x.html', 130 * 1024)).toBe(constants.BROTLI_MAX_QUALITY);
  });

  test('a large data file and a page beyond the page limit get the faster quality', () => {
    expect(brotliQuality('api/annotations/x.de.jsonld', smallLimit + 1)).toBe(largeQuality);
    expect(brotliQuality('de/glossary/kazakhstan.html', pageLimit + 1)).toBe(largeQuality);
  });
});

describe('precompress', () => {
  const page = '<p>Almaty, Astana, Kasachstan.</p>\n'.repeat(40);

  test('writes .br and .gz that decompress to the file', async () => {
    const out = folder({ 'de/index.html': page });
    const result = await precompress([path.join(out, 'de/index.html')], { out, concurrency: 2 });
    expect(brotliDecompressSync(readFileSync(path.join(out, 'de/index.html.br'))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(path.join(out, 'de/index.html.gz'))).toString()).toBe(page);
    expect(result).toMatchObject({ files: 1, reused: 0, rawBytes: page.length });
  });

  test("an unchanged file takes the previous edition's copies; a changed one is compressed again", async () => {
    // The previous edition's copies are marked so that a reuse can be told from a fresh compression.
    const previous = folder({
      'de/index.html': page,
      'de/index.html.br': 'previous br',
      'de/index.html.gz': 'previous gz',
      'en/index.html': page,
      'en/index.html.br': 'previous br',
      'en/index.html.gz': 'previous gz',
    });
    const changed = page.replace('Astana', 'Nur-Sultan');
    const out = folder({ 'de/index.html': page, 'en/index.html': changed });
    const result = await precompress(
      ['de/index.html', 'en/index.html'].map((file) => path.join(out, file)),
      { out, previous, concurrency: 2 },
    );
    expect(readFileSync(path.join(out, 'de/index.html.br'), 'utf8')).toBe('previous br');
    expect(readFileSync(path.join(out, 'de/index.html.gz'), 'utf8')).toBe('previous gz');
    expect(brotliDecompressSync(readFileSync(path.join(out, 'en/index.html.br'))).toString()).toBe(changed);
    expect(gunzipSync(readFileSync(path.join(out, 'en/index.html.gz'))).toString()).toBe(changed);
    expect(result).toMatchObject({ files: 2, reused: 1 });
  });

  test('a file the previous edition has without compressed copies is compressed', async () => {
    const previous = folder({ 'de/index.html': page });
    const out = folder({ 'de/index.html': page });
    const result = await precompress([path.join(out, 'de/index.html')], { out, previous, concurrency: 1 });
    expect(brotliDecompressSync(readFileSync(path.join(out, 'de/index.html.br'))).toString()).toBe(page);
    expect(result.reused).toBe(0);
  });
});
