/**
 * Front matter: the title, byline and first-publication line at the top of the source belong to the
 * text's metadata (meta.yaml `title` and `source.header`), which the edition shows in the page header.
 * They are taken out of the text here, verbatim.
 */

import { MONTHS, endsSentence, lineStart } from './german';
import { opensWithMarker } from './lists';
import { decide, quoteStart } from './report';
import type { Decision, LineGroup, OmittedRange } from './types';

const MAX_TITLE = 150;
const MAX_HEADER_LINE = 250;
/** How many blocks after the title may still be header lines. */
const MAX_HEADER_BLOCKS = 4;

/** `Von Yana Zavatsky (…)`, `By …`, `Text: …`, `Autorin: …`. */
const BYLINE = /^(?:Von|By|Text(?: von)?:?|Autor(?:in)?:|Verfasst von|Ein Beitrag von|Ein Kommentar von|Interview(?: von)?:)\s+\S/u;
/** `… erschienen.`, `zuerst … veröffentlicht`, `Erstveröffentlichung: …`. */
const PUBLICATION = [
  /\berschienen\s*\.?$/u,
  /\bzuerst\b.*\b(?:veröffentlicht|erschienen|publiziert)\b/iu,
  /^(?:Erstveröffentlichung|Zuerst erschienen|Erschienen (?:in|am|im|bei)|Originally published|First published)\b/iu,
];
/** `Übersetzung: …`, `Aus dem Russischen von …`, `Translated by …`. */
const TRANSLATION = /^(?:Übersetzung(?: aus dem \p{L}+)?:|Übersetzt von|Aus dem \p{L}+ (?:übersetzt )?von|Translated by)\s*\S/u;
/** A line that is only a date: `24.01.2022`, `24. Januar 2022`, `2022-01-24`. */
const DATE_LINE = new RegExp(`^(?:\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\s*(?:${MONTHS.join('|')})\\s+\\d{4})$`, 'u');

export type HeaderRole = 'title' | 'subtitle' | 'byline' | 'publication' | 'translation' | 'date';

export interface HeaderLine {
  readonly role: HeaderRole;
  readonly text: string;
  readonly line: number;
}

export interface FrontMatterResult {
  readonly header: HeaderLine[];
  readonly rest: LineGroup[];
  readonly decisions: Decision[];
  /** A label or caption line above the title, left out of the text (meta.yaml source.omitted). */
  readonly omitted: OmittedRange[];
}

/**
 * A label or caption that an extraction or a file put above the title: `synthetic: …`,
 * `Quelle: https://…`, `Datei: artikel.pdf`, a bare file name or address, a line in lower case.
 */
const LABEL =
  /^(?:\p{Ll}[\p{L}\d_-]*|Quelle|Source|Datei|Dateiname|File|Abgerufen(?: am)?|Stand|URL|Link|Caption|Bildunterschrift|Abbildung|Abb\.|Figure|Fig\.|Tabelle|Table)\s*:\s*\S|^\S+\.(?:txt|pdf|html?|docx?|odt|rtf)$|^(?:https?:\/\/|www\.)\S+$/u;

function isLabel(group: LineGroup): boolean {
  const text = groupText(group);
  return group.lines.length === 1 && text.length <= MAX_HEADER_LINE && (LABEL.test(text) || lineStart(text) === 'lower') && roleOf(group) === undefined;
}

/** The text of a header group: its lines joined with a space (header lines are not hyphenated). */
function groupText(group: LineGroup): string {
  return group.lines.map((line) => line.text).join(' ');
}

function isTitle(group: LineGroup): boolean {
  const text = groupText(group);
  return group.lines.length <= 2 && text.length <= MAX_TITLE && !(text.endsWith('.') && endsSentence(text)) && lineStart(text) !== 'lower' && !opensWithMarker(text);
}

function roleOf(group: LineGroup): HeaderRole | undefined {
  const text = groupText(group);
  if (group.lines.length > 3 || text.length > MAX_HEADER_LINE) return undefined;
  if (BYLINE.test(text)) return 'byline';
  if (TRANSLATION.test(text)) return 'translation';
  if (PUBLICATION.some((pattern) => pattern.test(text))) return 'publication';
  if (DATE_LINE.test(text)) return 'date';
  return undefined;
}

const ROLE_NAMES: Record<HeaderRole, string> = {
  title: 'title',
  subtitle: 'subtitle (the line under the title)',
  byline: 'byline',
  publication: 'first-publication line',
  translation: 'translator’s credit',
  date: 'date line',
};

/**
 * A PDF may set title and byline without a blank line between them, so that reflow made one group of
 * them. Split the first group before a line that is a header line of its own (`Von …`, `… erschienen.`).
 */
function splitRunTogetherHeader(groups: readonly LineGroup[]): LineGroup[] {
  const [first, ...rest] = groups;
  if (!first || first.lines.length < 2) return [...groups];
  const cut = first.lines.findIndex((line, index) => index > 0 && roleOf({ lines: [line] }) !== undefined);
  if (cut < 0) return [...groups];
  const split: LineGroup[] = [{ lines: first.lines.slice(0, cut) }];
  let index = cut;
  while (index < first.lines.length) {
    const line = first.lines[index];
    if (!line || roleOf({ lines: [line] }) === undefined) break;
    split.push({ lines: [line] });
    index += 1;
  }
  // What follows the header lines is the text's first paragraph: it stays one group.
  if (index < first.lines.length) split.push({ lines: first.lines.slice(index) });
  return [...split, ...rest];
}

/** Words that cannot end a title line: the title runs on to the next line. */
const RUNS_ON =
  /\b(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|und|oder|in|im|am|an|auf|aus|bei|mit|nach|von|vom|zu|zur|zum|für|über|unter|gegen|ohne|um|wie|als|the|of|and|in|on|for)$/iu;

/**
 * A title group of two lines is either one title wrapped over two lines (`Der Januar-Aufstand und
 * die` / `Massenstreiks in Kasachstan`) or a title and a subtitle. Wrapped when the first line ends
 * in a word that needs a continuation or the second starts in lower case.
 */
function isWrappedTitle(group: LineGroup): boolean {
  const [first, second] = group.lines;
  if (!first || !second) return true;
  return RUNS_ON.test(first.text) || lineStart(second.text) === 'lower' || /[-–,:]$/u.test(first.text);
}

/** Take the title and the header lines that follow it off the top of the text. */
export function extractFrontMatter(input: readonly LineGroup[]): FrontMatterResult {
  const decisions: Decision[] = [];
  const header: HeaderLine[] = [];
  const omitted: OmittedRange[] = [];
  let groups = splitRunTogetherHeader(input);
  const label = groups[0];
  const afterLabel = groups[1];
  if (label && afterLabel && groups.length >= 3 && isLabel(label) && isTitle(afterLabel)) {
    const n = label.lines[0]?.n ?? 1;
    decisions.push(
      decide(
        n,
        'front-matter',
        `${quoteStart(groupText(label), 8)} looks like a label or caption above the title, not part of the text: left out (meta.yaml source.omitted); put it back if it is text`,
        false,
      ),
    );
    omitted.push({ lines: `${n}`, reason: 'front-matter' });
    groups = splitRunTogetherHeader(groups.slice(1));
  }
  const first = groups[0];
  if (!first || groups.length < 2 || !isTitle(first)) {
    decisions.push(
      decide(first?.lines[0]?.n ?? 1, 'front-matter', 'no title line found at the top: the text starts at once; title.de in meta.yaml is left empty: write the title there', false),
    );
    return { header, rest: [...groups], decisions, omitted };
  }
  if (first.lines.length === 2 && !isWrappedTitle(first)) {
    // Title and subtitle: both are header lines; the first line is the title.
    const [titleLine, subtitleLine] = first.lines;
    header.push({ role: 'title', text: titleLine?.text ?? '', line: titleLine?.n ?? 1 });
    header.push({ role: 'subtitle', text: subtitleLine?.text ?? '', line: subtitleLine?.n ?? 2 });
  } else {
    header.push({ role: 'title', text: groupText(first), line: first.lines[0]?.n ?? 1 });
  }
  let index = 1;
  while (index < groups.length - 1 && index <= MAX_HEADER_BLOCKS) {
    const group = groups[index];
    const role = group ? roleOf(group) : undefined;
    if (!group || !role) break;
    header.push({ role, text: groupText(group), line: group.lines[0]?.n ?? 0 });
    index += 1;
  }
  for (const entry of header) {
    decisions.push(
      decide(
        entry.line,
        'front-matter',
        `${ROLE_NAMES[entry.role]} ${quoteStart(entry.text, 8)} → meta.yaml (${entry.role === 'title' ? 'title, ' : ''}source.header), not a block of the text`,
        entry.role !== 'date' && entry.role !== 'subtitle' && (entry.role !== 'title' || first.lines.length === 1),
      ),
    );
  }
  return { header, rest: groups.slice(index), decisions, omitted };
}
