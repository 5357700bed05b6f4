import { describe, expect, it } from 'vitest';
import { normaliseSource } from '../../../lib/importer/normalise';

describe('normaliseSource', () => {
  it('turns non-breaking spaces into spaces and collapses runs of spaces', () => {
    const [line] = normaliseSource('Die Preise\u00a0stiegen\u00a0\u00a0 um  zehn\u202fProzent.');
    expect(line?.text).toBe('Die Preise stiegen um zehn Prozent.');
  });

  it('removes trailing and leading spaces but remembers the indent', () => {
    const [line] = normaliseSource('  • Die Löhne stiegen. \u00a0 ');
    expect(line).toMatchObject({ n: 1, text: '• Die Löhne stiegen.', indent: 2 });
  });

  it('keeps every line with its source line number, blank lines included', () => {
    const lines = normaliseSource('Erste Zeile\r\n \r\n\r\nVierte Zeile\n');
    expect(lines.map((line) => [line.n, line.text])).toEqual([
      [1, 'Erste Zeile'],
      [2, ''],
      [3, ''],
      [4, 'Vierte Zeile'],
    ]);
  });

  it('drops invisible soft hyphens and zero-width spaces, nothing visible', () => {
    const [line] = normaliseSource('Gewerk\u00adschaft\u200b und Streik');
    expect(line?.text).toBe('Gewerkschaft und Streik');
  });

  it('marks a form feed as a page break before its line', () => {
    const lines = normaliseSource('Ende der Seite\n\fAnfang der nächsten');
    expect(lines.map((line) => line.pageBreakBefore)).toEqual([false, true]);
    expect(lines[1]?.text).toBe('Anfang der nächsten');
  });
});
