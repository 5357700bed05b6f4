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

import { cleanCharacters } from './characters';
import { detectExtraction } from './detect-extraction';
import { decodeSource, SourceError } from './encoding';
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
export { SourceError } from './encoding';
export { formatReport } from './report';
export { renderMetaYaml, EDITOR_FIELDS } from './meta';

/** Language codes: ISO 639-1. */
export const LANG_PATTERN = /^[a-z]{2}$/;

/**
 * The largest source the importer takes (bytes). The longest texts an edition like this publishes
 * are books of a few MB; 20 MB imports in well under a minute, and a file much larger than that is
 * almost certainly not one text (or not text at all).
 */
export const MAX_SOURCE_BYTES = 25 * 1024 * 1024;

/** Decode a source file's bytes (see encoding.ts) and import it; the report says which encoding was read. */
export function importSource(bytes: Uint8Array, options: ImportOptions & { readonly encoding?: string }): ImportResult {
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new SourceError(
      `the file has ${(bytes.length / 1024 / 1024).toFixed(1)} MB, more than the importer's limit of ${MAX_SOURCE_BYTES / 1024 / 1024} MB: split it into its texts (one text folder per text) and import each`,
    );
  }
  options.onProgress?.('decoding');
  const decoded = decodeSource(bytes, options.encoding);
  const result = importPlainText(decoded.text, options);
  const encoding = { encoding: decoded.encoding, reason: decoded.reason, certain: decoded.certain };
  return { ...result, report: { ...result.report, encoding } };
}

export function importPlainText(source: string, options: ImportOptions): ImportResult {
  const lang = options.lang ?? 'de';
  const progress = options.onProgress ?? (() => undefined);
  progress('cleaning characters');
  const characters = cleanCharacters(source.normalize('NFC'));
  progress('splitting lines');
  const lines = normaliseSource(characters.text);
  const extraction = detectExtraction(lines);
  // Half the time of a long one-line source goes here: a stage of its own, so that progress does not stall.
  progress(`collecting the words of ${lines.length} lines for the hyphen rules`);
  const lexicon = buildLexicon(lines);

  progress(`reflowing ${lines.length} lines`);
  const reflowed = reflow(lines, extraction);
  const front = extractFrontMatter(reflowed.groups);
  const navigation = cutNavigationTail(front.rest);
  progress('finding lists');
  const lists = findLists(navigation.rest, extraction.kind, extraction.measure);
  progress(`joining the lines of ${lists.blocks.length} blocks`);

  const joinDecisions: Decision[] = [];
  const textBlocks: TextBlock[] = lists.blocks.map((block) => {
    const joined = joinLines(block.lines, lexicon);
    joinDecisions.push(...joined.decisions);
    return { ...block, text: joined.text };
  });
  progress('finding headings');
  const headings = findHeadings(textBlocks, reflowed.furniture);
  const lineBreaks = extraction.kind === 'pdf' ? lineBreakDecisions(lists.blocks, extraction.measure) : [];

  progress('writing Markdown');
  const tree = blocksToTree(headings.blocks);
  const { markdown, count } = treeToMarkdown(tree);
  const meta = buildMeta({
    slug: options.slug,
    lang,
    sourceFile: options.sourceFile,
    extraction: extraction.kind,
    header: front.header,
    omitted: [...front.omitted, ...(navigation.omitted ? [navigation.omitted] : [])],
  });
  const decisions = sortDecisions([
    ...characters.decisions,
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
