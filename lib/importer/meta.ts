/**
 * The meta.yaml skeleton for a newly imported text: what the importer knows (slug, title, language,
 * source file, kind of extraction, header lines, omitted lines) as YAML, and every field only an
 * editor can fill (authors, publication, summary, edition notes, rights) as a commented placeholder,
 * in the shape of the finished texts' meta.yaml.
 */

import { stringify } from 'yaml';
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

/** A YAML scalar, quoted only where YAML needs it. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** The fields an editor must still fill in before `npm run check` accepts the text. */
export const EDITOR_FIELDS = ['authors', 'originalLanguage', 'published', 'summary', 'editionNotes', 'rights'] as const;

/** Render the skeleton. Fields the importer cannot know are commented out, each with a TODO. */
export function renderMetaYaml(meta: ImportMeta): string {
  const [lang = 'de'] = meta.languages;
  const titleEntries = Object.entries(meta.title);
  const header = meta.source.header;
  const lines = [
    '# Metadata of one text of the edition. Validated by lib/content/schema.ts (npm run check).',
    '# Field reference: README.md, "Source format".',
    `# Skeleton written by \`npm run import\` from ${meta.source.file}. TODO(editor): the fields commented`,
    `# out below (${EDITOR_FIELDS.join(', ')}) are still missing; fill them in`,
    '# and remove the "# " before them. `npm run check` refuses the text until they are there.',
    `slug: ${scalar(meta.slug)}`,
    'title:',
    ...titleEntries.map(([key, value]) =>
      value === '' ? `  ${key}: "" # TODO(editor): no title line was found in the source` : `  ${key}: ${scalar(value)}`,
    ),
    ...(lang === 'de' ? ['  # en: … # TODO(editor): the English title, together with the English version (languages: [de, en])'] : []),
    '# TODO(editor): authors — a person as given/family, an organisation as literal.',
    ...(meta.hints.byline ? [`#   Byline in the source: ${meta.hints.byline}`] : []),
    '# authors:',
    '#   - given: …',
    '#     family: …',
    '# TODO(editor): translations — the chain from the original to each version: one step per version',
    '#   that is not the original (an English version by the edition: translators: edition).',
    '# translations:',
    `#   - from: …`,
    `#     into: ${lang}`,
    '#     translators:',
    '#       - given: …',
    '#         family: …',
    '# TODO(editor): originalLanguage — the language the text was written in.',
    `# originalLanguage: ${lang}`,
    '# TODO(editor): published — the first publication (date as YYYY, YYYY-MM or YYYY-MM-DD).',
    ...(meta.hints.publication ? [`#   Publication line in the source: ${meta.hints.publication}`] : []),
    '# published:',
    '#   date: YYYY-MM-DD',
    `#   language: ${lang}`,
    '#   container: …',
    '#   url: https://…',
    `languages: [${meta.languages.join(', ')}]`,
    'source:',
    `  file: ${scalar(meta.source.file)}`,
    `  extraction: ${meta.source.extraction}`,
    "  # Lines of the source that the edition shows in the text's header, not as blocks.",
    ...(header.length > 0 ? ['  header:', ...header.map((line) => `    - ${scalar(line)}`)] : ['  header: []']),
    ...(meta.source.omitted.length > 0
      ? [
          '  # Source lines left out of the text, with the reason (shown in the edition notes).',
          '  omitted:',
          ...meta.source.omitted.flatMap((range) => [`    - lines: ${range.lines}`, `      reason: ${range.reason}`]),
        ]
      : []),
    '# TODO(editor): summary — two or three sentences in German and in English.',
    '# summary:',
    '#   de: >-',
    '#     …',
    '#   en: >-',
    '#     …',
    '# TODO(editor): editionNotes — the source, what the import did to the text (see the import',
    '# report: page breaks, hyphens, lists, omitted lines), and what stays unchanged.',
    '# editionNotes:',
    '#   de: |',
    '#     …',
    '#   en: |',
    '#     …',
    '# TODO(editor): rights — who holds the rights and on what terms the edition reproduces the text.',
    '# rights:',
    '#   statement: http://rightsstatements.org/vocab/InC/1.0/',
    '#   de: >-',
    '#     …',
    '#   en: >-',
    '#     …',
  ];
  return `${lines.join('\n')}\n`;
}
