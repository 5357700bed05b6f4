/**
 * The import report: every decision the importer took, with its source line, so that an editor can
 * check the uncertain ones against the source. Also the helpers that quote the source in a decision.
 */

import type { Decision, DecisionKind, ImportReport } from './types';

/** Number of words a decision quotes from either side of the place it concerns. */
const QUOTED_WORDS = 4;

/** The last words of a text, for quoting: `"…Betriebe und"`. */
export function quoteEnd(text: string, words = QUOTED_WORDS): string {
  const parts = text.trim().split(/\s+/);
  const tail = parts.slice(-words).join(' ');
  return `"${parts.length > words ? '…' : ''}${tail}"`;
}

/** The first words of a text, for quoting: `"Zu berücksichtigen ist…"`. */
export function quoteStart(text: string, words = QUOTED_WORDS): string {
  const parts = text.trim().split(/\s+/);
  const head = parts.slice(0, words).join(' ');
  return `"${head}${parts.length > words ? '…' : ''}"`;
}

/** A decision, built in one place so that every module reports the same shape. */
export function decide(line: number, kind: DecisionKind, decision: string, certain: boolean): Decision {
  return { line, kind, decision, certain };
}

/** Decisions in source order; at the same line in the order they were taken. */
export function sortDecisions(decisions: readonly Decision[]): Decision[] {
  return decisions
    .map((decision, index) => ({ decision, index }))
    .sort((a, b) => a.decision.line - b.decision.line || a.index - b.index)
    .map(({ decision }) => decision);
}

/**
 * The report as the CLI prints it: a line on the kind of extraction, then one `file:line: …` line per
 * decision (uncertain ones marked `[check]`), then a count.
 */
export function formatReport(report: ImportReport, file: string): string {
  const { encoding, extraction, decisions } = report;
  const lines = [
    ...(encoding ? [`${file}: encoding: ${encoding.encoding}${encoding.certain ? '' : ' [check]'} — ${encoding.reason}`] : []),
    `${file}: extraction: ${extraction.kind}${extraction.certain ? '' : ' [check]'} — ${extraction.reason}`,
    ...decisions.map((decision) => `${file}:${decision.line}: ${decision.certain ? '' : '[check] '}${decision.kind}: ${decision.decision}`),
  ];
  const uncertain = decisions.filter((decision) => !decision.certain).length;
  lines.push(`${decisions.length} decisions, ${uncertain} marked [check]${uncertain > 0 ? ': compare these lines with the source' : ''}.`);
  return lines.join('\n');
}
