import { describe, expect, it } from 'vitest';
import { decide, formatReport, quoteEnd, quoteStart, sortDecisions } from '../../../lib/importer/report';
import type { ImportReport } from '../../../lib/importer/types';

describe('formatReport', () => {
  it('prints file:line: lines, marks uncertain ones and counts them', () => {
    const report: ImportReport = {
      extraction: { kind: 'pdf', certain: true, reason: 'hard-wrapped lines', measure: 70 },
      decisions: [decide(26, 'hyphen', 'US- kept', true), decide(44, 'page-break', 'new paragraph', false)],
    };
    expect(formatReport(report, 'quelle.txt').split('\n')).toEqual([
      'quelle.txt: extraction: pdf — hard-wrapped lines',
      'quelle.txt:26: hyphen: US- kept',
      'quelle.txt:44: [check] page-break: new paragraph',
      '2 decisions, 1 marked [check]: compare these lines with the source.',
    ]);
  });
});

describe('sortDecisions', () => {
  it('orders by line and keeps the order of decisions on one line', () => {
    const sorted = sortDecisions([decide(9, 'list', 'b', true), decide(3, 'heading', 'a', true), decide(9, 'hyphen', 'c', true)]);
    expect(sorted.map((decision) => decision.decision)).toEqual(['a', 'b', 'c']);
  });
});

describe('quoting', () => {
  it('quotes the first and last words', () => {
    expect(quoteStart('Zu berücksichtigen ist auch, dass')).toBe('"Zu berücksichtigen ist auch,…"');
    expect(quoteEnd('im Bezirk Mangistau.')).toBe('"im Bezirk Mangistau."');
  });
});
