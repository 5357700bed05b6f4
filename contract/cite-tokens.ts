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

/**
 * A stretch of a formatted reference with its formatting: `i` italic, `b` bold (citeproc's markup
 * reduced to these two, lib/citation/format.ts). Data, never markup: the page builds elements from
 * runs and takes plain text from them, so no HTML string travels between the build and the browser.
 * The tokens above stand inside a run's text, whole.
 */
export interface CiteRun {
  t: string;
  i?: 1;
  b?: 1;
}

/** The reference as plain text: its runs' texts, joined. */
export function runsText(runs: readonly CiteRun[]): string {
  return runs.map((run) => run.t).join('');
}

/** The same runs with each text rewritten (tokens filled in), their formatting kept. */
export function mapRuns(runs: readonly CiteRun[], rewrite: (text: string) => string): CiteRun[] {
  return runs.map((run) => ({ ...run, t: rewrite(run.t) }));
}

export interface StyleTemplate {
  bibliography: CiteRun[];
  /** Chicago: the full note of a first citation; APA, MLA: the in-text citation. */
  note: Record<Scope, CiteRun[]>;
  /** Chicago only: the short note of later citations. */
  shortNote?: Record<Scope, CiteRun[]>;
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

/**
 * The citations of a text version as its reader page's script fills them in (lib/citation/cite-templates.ts):
 * runs with tokens per style, each style's date form, the downloads with tokens, the work's key. They
 * travel in the reader's annotations file, not in the page (issue 11: the page's weight).
 */
export interface CiteTemplates {
  styles: Record<StyleId, StyleTemplate>;
  dates: Record<StyleId, DateForm>;
  exports: { bib: string; ris: string; json: string };
  /** The work's citation key (BibLaTeX, RIS `ID`, CSL `id`). */
  key: string;
}
