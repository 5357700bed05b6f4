/**
 * The plain-text importer: turns a raw PDF or web extraction into the edition's Markdown (`de.md`),
 * a meta.yaml skeleton and a report of every decision, each with its source line.
 *
 * Pure: no file system, no clock. `scripts/import.ts` is the command line around it.
 *
 * Order matters: reflow first (paragraphs and page breaks work on lines), then front matter and the
 * navigation tail (so neither turns into a heading or a list), then lists (they split hard-wrapped
 * paragraphs), then joining lines with the hyphen rules, then headings (they judge joined text).
 */

import { detectExtraction } from './detect-extraction';
import { extractFrontMatter } from './front-matter';
import { findHeadings } from './headings';
import { buildLexicon, joinLines } from './hyphenation';
import { findLists } from './lists';
import { buildMeta } from './meta';
import { cutNavigationTail } from './navigation';
import { normaliseSource } from './normalise';
import { lineBreakDecisions, reflow } from './reflow';
import { sortDecisions } from './report';
import { blocksToTree, treeToMarkdown } from './to-markdown';
import type { Decision, ImportOptions, ImportResult, TextBlock } from './types';

export type * from './types';
export { formatReport } from './report';
export { renderMetaYaml, EDITOR_FIELDS } from './meta';

/** Slugs name a text's folder and its URLs: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Language codes: ISO 639-1. */
export const LANG_PATTERN = /^[a-z]{2}$/;

export function importPlainText(source: string, options: ImportOptions): ImportResult {
  const lang = options.lang ?? 'de';
  const lines = normaliseSource(source);
  const extraction = detectExtraction(lines);
  const lexicon = buildLexicon(lines);

  const reflowed = reflow(lines, extraction);
  const front = extractFrontMatter(reflowed.groups);
  const navigation = cutNavigationTail(front.rest);
  const lists = findLists(navigation.rest, extraction.kind, extraction.measure);

  const joinDecisions: Decision[] = [];
  const textBlocks: TextBlock[] = lists.blocks.map((block) => {
    const joined = joinLines(block.lines, lexicon);
    joinDecisions.push(...joined.decisions);
    return { ...block, text: joined.text };
  });
  const headings = findHeadings(textBlocks, reflowed.furniture);
  const lineBreaks = extraction.kind === 'pdf' ? lineBreakDecisions(lists.blocks, extraction.measure) : [];

  const tree = blocksToTree(headings.blocks);
  const { markdown, count } = treeToMarkdown(tree);
  const meta = buildMeta({
    slug: options.slug,
    lang,
    sourceFile: options.sourceFile,
    extraction: extraction.kind,
    header: front.header,
    omitted: navigation.omitted ? [navigation.omitted] : [],
  });
  const decisions = sortDecisions([
    ...reflowed.decisions,
    ...front.decisions,
    ...navigation.decisions,
    ...lists.decisions,
    ...joinDecisions,
    ...headings.decisions,
    ...lineBreaks,
  ]);
  return { markdown, meta, report: { extraction, decisions }, blockCount: count };
}
