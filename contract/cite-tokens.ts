/**
 * What the page script and the build share about cite templates (cite-templates.ts): the tokens the
 * script replaces and the shapes of the templates. Kept apart so that the browser bundle never pulls
 * in the citation engine.
 */
/** Stand-ins the script replaces. */
export const tokens = {
  origin: '{origin}',
  accessed: '{accessed}',
  single: '99999',
  range: '99998–99999',
  /** The access date in the exports (BibLaTeX/CSL-JSON `1987-09-23`, RIS `1987/09/23/`). */
  accessedDate: new Date(Date.UTC(1987, 8, 23)),
} as const;

/** The citation styles the edition offers, in the order the interface lists them. */
export const styleIds = ['chicago', 'apa', 'mla'] as const;
export type StyleId = (typeof styleIds)[number];

export type Scope = 'text' | 'single' | 'range';

export interface StyleTemplate {
  bibliography: string;
  /** Chicago: the full note of a first citation; APA, MLA: the in-text citation. */
  note: Record<Scope, string>;
  /** Chicago only: the short note of later citations. */
  shortNote?: Record<Scope, string>;
}

/**
 * How a style prints a date in the interface language: `pattern` with `{d}`, `{m}`, `{y}`; `months`
 * the twelve month names as the style writes them. Learned by rendering citeproc with known dates.
 */
export interface DateForm {
  pattern: string;
  months: string[];
  padDay: boolean;
}

/** An access date in a learned form: the build checks it against citeproc, the page script uses it. */
export function formatAccessDate(form: DateForm, date: Date): string {
  const day = String(date.getDate());
  return form.pattern
    .replace('{d}', form.padDay ? day.padStart(2, '0') : day)
    .replace('{m}', form.months[date.getMonth()] ?? '')
    .replace('{y}', String(date.getFullYear()));
}
