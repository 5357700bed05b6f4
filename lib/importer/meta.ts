/**
 * The meta.yaml skeleton for a newly imported text: what the importer knows (slug, title, language,
 * source file, kind of extraction, header lines, omitted lines) as YAML, and every field only an
 * editor can fill (authors, publication, summary, edition notes, rights) as a commented placeholder,
 * in the shape of the finished texts' meta.yaml.
 */

import { Document, isSeq } from 'yaml';
import { textMetaSchema } from '../content/schema';
import type { HeaderLine } from './front-matter';
import type { Extraction, ImportMeta, OmittedRange } from './types';

export interface MetaInput {
  readonly slug: string;
  readonly lang: string;
  readonly sourceFile: string;
  readonly extraction: Extraction;
  readonly header: readonly HeaderLine[];
  readonly omitted: readonly OmittedRange[];
}

export function buildMeta(input: MetaInput): ImportMeta {
  const title = input.header.find((line) => line.role === 'title')?.text ?? '';
  const byline = input.header.find((line) => line.role === 'byline')?.text;
  const publication = input.header.find((line) => line.role === 'publication')?.text;
  return {
    slug: input.slug,
    title: { [input.lang]: title },
    languages: [input.lang],
    source: {
      file: input.sourceFile,
      extraction: input.extraction,
      header: input.header.map((line) => line.text),
      omitted: input.omitted,
    },
    hints: { ...(byline ? { byline } : {}), ...(publication ? { publication } : {}) },
  };
}

/** The fields an editor must still fill in before `npm run check` accepts the text. */
export const EDITOR_FIELDS = ['authors', 'originalLanguage', 'published', 'summary', 'editionNotes', 'rights'] as const;

type MetaField = keyof typeof textMetaSchema.shape;

/** What the editor is asked for, field by field, and the example the skeleton shows (commented out). */
function editorFields(meta: ImportMeta, lang: string): Partial<Record<MetaField, { todo: string[]; example: unknown }>> {
  const more = '…';
  return {
    authors: {
      todo: ['authors — a person as given/family, an organisation as literal.', ...(meta.hints.byline ? [`  Byline in the source: ${meta.hints.byline}`] : [])],
      example: [{ given: more, family: more }],
    },
    translations: {
      todo: [
        'translations — the chain from the original to each version: one step per version',
        '  that is not the original (an English version by the edition: translators: edition).',
      ],
      example: [{ from: more, into: lang, translators: [{ given: more, family: more }] }],
    },
    originalLanguage: { todo: ['originalLanguage — the language the text was written in.'], example: lang },
    published: {
      todo: [
        'published — the first publication (date as YYYY, YYYY-MM or YYYY-MM-DD).',
        ...(meta.hints.publication ? [`  Publication line in the source: ${meta.hints.publication}`] : []),
      ],
      example: { date: 'YYYY-MM-DD', language: lang, container: more, url: 'https://…' },
    },
    summary: { todo: ['summary — two or three sentences in German and in English.'], example: { de: more, en: more } },
    editionNotes: {
      todo: ['editionNotes — the source, what the import did to the text (see the import', '  report: page breaks, hyphens, lists, omitted lines), and what stays unchanged.'],
      example: { de: more, en: more },
    },
    rights: {
      todo: ['rights — who holds the rights and on what terms the edition reproduces the text.'],
      example: { statement: 'http://rightsstatements.org/vocab/InC/1.0/', de: more, en: more },
    },
  };
}

/** The fields the importer knows, as the schema names them. */
function knownFields(meta: ImportMeta): Partial<Record<MetaField, unknown>> {
  const { header, omitted, ...source } = meta.source;
  return {
    slug: meta.slug,
    title: meta.title,
    languages: meta.languages,
    source: { ...source, header, ...(omitted.length > 0 ? { omitted } : {}) },
  };
}

/** One field as YAML, written by the yaml package; the language list in flow style, as the texts write it (`[de, en]`). */
function field(key: string, value: unknown): string {
  const document = new Document({ [key]: value });
  const node = document.get(key, true);
  if (key === 'languages' && isSeq(node)) node.flow = true;
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

const comment = (lines: string) =>
  lines
    .trimEnd()
    .split('\n')
    .map((line) => `# ${line}`.trimEnd());

/**
 * Render the skeleton: every field of the schema (lib/content/schema.ts), in its order, written by
 * the yaml package; the fields the importer cannot know commented out, each with a TODO.
 */
export function renderMetaYaml(meta: ImportMeta): string {
  const [lang = 'de'] = meta.languages;
  const known = knownFields(meta);
  const asked = editorFields(meta, lang);
  const lines = [
    '# Metadata of one text of the edition. Validated by lib/content/schema.ts (npm run check).',
    '# Field reference: README.md, "Source format".',
    `# Skeleton written by \`npm run import\` from ${meta.source.file}. TODO(editor): the fields commented`,
    `# out below (${EDITOR_FIELDS.join(', ')}) are still missing; fill them in`,
    '# and remove the "# " before them. `npm run check` refuses the text until they are there.',
  ];
  for (const key of Object.keys(textMetaSchema.shape) as MetaField[]) {
    const value = known[key];
    const ask = asked[key];
    if (value !== undefined) {
      const yaml = field(key, value).trimEnd().split('\n');
      if (key === 'title') {
        if (Object.values(meta.title).some((title) => title === '')) yaml.push('  # TODO(editor): no title line was found in the source');
        if (lang === 'de') yaml.push('  # en: … # TODO(editor): the English title, together with the English version (languages: [de, en])');
      }
      if (key === 'source')
        yaml.splice(
          yaml.findIndex((line) => line.startsWith('  header:')),
          0,
          "  # Lines of the source that the edition shows in the text's header, not as blocks.",
        );
      lines.push(...yaml);
    } else if (ask) {
      const [first = '', ...rest] = ask.todo;
      lines.push(`# TODO(editor): ${first}`, ...rest.map((line) => `# ${line}`), ...comment(field(key, ask.example)));
    }
  }
  return `${lines.join('\n')}\n`;
}
