import { describe, expect, it } from 'vitest';
import { blockPrefix, versionToMarkdown, versionToText } from '@/lib/export/plain-text';
import { textHead } from '@/lib/export/text-head';
import { labels, loadExportFixture } from './fixture';

const head = { title: 'Ein Probetext', lines: ['Written by: Probe-Kollektiv'] };

describe('plain text and Markdown exports', () => {
  const { annotated } = loadExportFixture();
  const german = annotated.text.versions[0];
  if (!german) throw new Error('no German version');

  it('prefixes a block with its ¶ label and its id', () => {
    expect(blockPrefix('p12a', labels.paragraph)).toBe('¶ 12a [p12a]');
  });

  it('writes every block once, in order, as a reader reads it', () => {
    expect(versionToText(german, head, labels.paragraph)).toBe(
      'Ein Probetext\nWritten by: Probe-Kollektiv\n\n¶ 1 [p1] Streik in Almaty\n\n¶ 2 [p2] Tokajew sprach von 40.000 Terroristen in Almaty.\n\n¶ 3 [p3] Ein Streik\n\n¶ 4 [p4] Noch ein Punkt\n\n¶ 5 [p5] Der letzte Absatz.\n',
    );
  });

  it('keeps headings, emphasis and one list in Markdown', () => {
    expect(versionToMarkdown(german, head, labels.paragraph)).toBe(
      '# Ein Probetext\n\nWritten by: Probe-Kollektiv\n\n## ¶ 1 [p1] Streik in Almaty\n\n¶ 2 [p2] Tokajew sprach von 40.000 Terroristen in Almaty.\n\n- ¶ 3 [p3] Ein *Streik*\n- ¶ 4 [p4] Noch ein Punkt\n\n¶ 5 [p5] Der letzte Absatz.\n',
    );
  });

  it('is Unicode NFC even when the source is not', () => {
    const decomposed = { ...german, blocks: german.blocks.map((block) => ({ ...block, text: block.text.replace('Absatz', 'Abs\u0061\u0308tz') })) };
    const text = versionToText(decomposed, head, labels.paragraph);
    expect(text).toContain('Abs\u00e4tz');
    expect(text).not.toContain('\u0308');
  });
});

describe('the head of an export', () => {
  const { edition, annotated } = loadExportFixture();
  const url = 'https://edition.test/de/texts/probe';

  it('names the translators of a version and of those before it, not of later ones', () => {
    expect(textHead(annotated.text, edition.meta, 'de', url, labels, 'de').lines.slice(0, 3)).toEqual([
      'Written by: Probe-Kollektiv',
      'German translation: Christoph Wälz',
      'First published: Probeblatt, 24. Januar 2022 (Russian)',
    ]);
    expect(textHead(annotated.text, edition.meta, 'en', url, labels, 'en').lines.slice(1, 3)).toEqual(['German translation: Christoph Wälz', 'English translation: Editors']);
  });

  it('names every translator when the export holds every version', () => {
    expect(textHead(annotated.text, edition.meta, 'de', url, labels).lines).toContain('English translation: Redaktion');
  });
});
