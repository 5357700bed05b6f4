/**
 * The expression that finds glossary forms in a text. Shared by the build (rehype-mark-terms) and the
 * reader's script (“Mark every name”), so that both find exactly the same words.
 */
import { escapeRegExp as escape } from './regexp';

/**
 * One expression for all forms, longest first, so that the longest form wins wherever forms overlap
 * (“Bezirk Mangistau” before “Mangistau”). A form matches as a whole word only: no letter or digit
 * may touch it on either side (a hyphen may: “NATO-Ausbildungszentrum”).
 */
export function termPattern<T extends { form: string }>(forms: readonly T[], options: { softHyphens?: boolean } = {}): RegExp | undefined {
  if (forms.length === 0) return undefined;
  // On the page, long German words carry soft hyphens (lib/render/soft-hyphens.ts): a form may hold one anywhere.
  const spell = options.softHyphens ? (form: string) => [...form].map(escape).join('\u00AD?') : escape;
  const alternatives = [...new Set(forms.map((term) => term.form))].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(spell);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}
