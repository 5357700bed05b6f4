/** Where a JSON source breaks, as an editor needs it: line and column, not a character offset. */

/**
 * JSON.parse names an offset (`… in JSON at position 98`); an editor needs the line and column.
 * The message loses its offset and the quoted source, which the line points at instead.
 */
export function jsonErrorPosition(source: string, message: string): { line?: number; column?: number; message: string } {
  const offset = /at position (\d+)/u.exec(message)?.[1] ?? firstBadOffset(source);
  let cleaned = message
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/su, '')
    .replace(/\s*in JSON at position \d+(?: \(line \d+ column \d+\))?/u, '')
    .trim();
  if (offset === undefined) return { message: cleaned };
  if (!/at position/u.test(message)) cleaned = `${cleaned} here`;
  const before = source.slice(0, Number(offset));
  const line = before.split('\n').length;
  return { line, column: Number(offset) - before.lastIndexOf('\n'), message: cleaned };
}

/**
 * Where JSON.parse does not name an offset (`Unexpected token '}', "…" is not valid JSON`): the
 * longest prefix of the source that is only cut short, not wrong, ends where the error is.
 */
function firstBadOffset(source: string): number | undefined {
  const cutShort = (length: number): boolean => {
    try {
      JSON.parse(source.slice(0, length));
      return true;
    } catch (cause) {
      const text = cause instanceof Error ? cause.message : '';
      const at = /at position (\d+)/u.exec(text)?.[1];
      return /end of JSON|Unterminated/u.test(text) || (at !== undefined && Number(at) >= length);
    }
  };
  let good = 0;
  let bad = source.length;
  if (cutShort(bad)) return undefined;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (cutShort(middle)) good = middle;
    else bad = middle;
  }
  return bad - 1;
}
