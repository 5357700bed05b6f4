import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { textMetaSchema } from '../../../lib/content/schema';
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

// The shape of meta.yaml is written once, in lib/content/schema.ts: the skeleton and the README follow it.
describe('meta.yaml follows its schema', () => {
  const schemaFields = Object.keys(textMetaSchema.shape);

  it('the skeleton writes or asks for every field of the schema, in the schema’s order', () => {
    const fields = [...renderMetaYaml(meta).matchAll(/^(?:# )?([a-zA-Z]+):(?: |$)/gm)].map((match) => match[1]);
    expect(fields).toEqual(schemaFields);
  });

  it('the README’s field reference names every field of the schema', () => {
    const readme = readFileSync(path.join(import.meta.dirname, '../../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### `texts/<slug>/meta.yaml`'), readme.indexOf('Unknown fields are errors.'));
    const documented = [...table.matchAll(/^\| (.+?) \|/gm)].flatMap((row) => [...(row[1] ?? '').matchAll(/`([a-zA-Z]+)(?:\.[a-z]+)?`/g)].map((name) => name[1]));
    expect(new Set(documented)).toEqual(new Set(schemaFields));
  });
});
