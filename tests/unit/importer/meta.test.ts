import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildMeta, EDITOR_FIELDS, renderMetaYaml } from '../../../lib/importer/meta';

const meta = buildMeta({
  slug: 'hafenstreik',
  lang: 'de',
  sourceFile: 'hafen.txt',
  extraction: 'web',
  header: [
    { role: 'title', text: 'Streik im Hafen: Eine Chronik', line: 1 },
    { role: 'byline', text: 'Von Anna Beispiel', line: 3 },
  ],
  omitted: [{ lines: '40-52', reason: 'navigation' }],
});

describe('renderMetaYaml', () => {
  it('writes what the importer knows as valid YAML', () => {
    expect(parse(renderMetaYaml(meta))).toEqual({
      slug: 'hafenstreik',
      title: { de: 'Streik im Hafen: Eine Chronik' },
      languages: ['de'],
      source: {
        file: 'hafen.txt',
        extraction: 'web',
        header: ['Streik im Hafen: Eine Chronik', 'Von Anna Beispiel'],
        omitted: [{ lines: '40-52', reason: 'navigation' }],
      },
    });
  });

  it('leaves every field the editor must fill as a commented TODO, with the byline as a hint', () => {
    const yaml = renderMetaYaml(meta);
    for (const field of EDITOR_FIELDS) expect(yaml).toMatch(new RegExp(`^# TODO\\(editor\\): ${field}`, 'm'));
    expect(yaml).toContain('#   Byline in the source: Von Anna Beispiel');
  });

  it('writes an empty header and no omitted list when there are none', () => {
    const bare = buildMeta({ slug: 'x', lang: 'de', sourceFile: 'x.txt', extraction: 'pdf', header: [], omitted: [] });
    expect(parse(renderMetaYaml(bare))).toMatchObject({ title: { de: '' }, source: { header: [] } });
    expect(renderMetaYaml(bare)).not.toContain('omitted:');
  });
});
