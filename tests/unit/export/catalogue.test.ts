import { describe, expect, it } from 'vitest';
import { exportUrl, textExports } from '@/lib/export/catalogue';
import { loadExportFixture } from './fixture';

describe('export catalogue', () => {
  it('lists one TEI, then an EPUB, plain text and Markdown per language, with their media types', () => {
    const { annotated } = loadExportFixture();
    expect(textExports(annotated.text)).toEqual([
      { format: 'tei', url: '/api/texts/probe.tei.xml', mediaType: 'application/tei+xml' },
      { format: 'epub', lang: 'de', url: '/api/texts/probe.de.epub', mediaType: 'application/epub+zip' },
      { format: 'epub', lang: 'en', url: '/api/texts/probe.en.epub', mediaType: 'application/epub+zip' },
      { format: 'txt', lang: 'de', url: '/api/texts/probe.de.txt', mediaType: 'text/plain; charset=utf-8' },
      { format: 'txt', lang: 'en', url: '/api/texts/probe.en.txt', mediaType: 'text/plain; charset=utf-8' },
      { format: 'md', lang: 'de', url: '/api/texts/probe.de.md', mediaType: 'text/markdown; charset=utf-8' },
      { format: 'md', lang: 'en', url: '/api/texts/probe.en.md', mediaType: 'text/markdown; charset=utf-8' },
    ]);
  });

  it('never collides with the JSON of a text', () => {
    expect(exportUrl('probe', 'tei')).not.toBe('/api/texts/probe.json');
  });
});
