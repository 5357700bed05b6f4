/** Escapes a literal string for a regular expression: the build's term finder, the checks and the search page's highlighter. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
