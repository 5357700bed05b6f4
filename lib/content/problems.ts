/**
 * A problem found in the edition's sources. Every check reports problems in this one shape so that
 * `npm run check` and the build can print them all at once as `file:line: what is wrong (what to do)`.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the repository root, e.g. `texts/hintergruende/de.md`. */
  file: string;
  /** 1-based line in `file`, when the problem has one. */
  line?: number;
  message: string;
  /** What the editor should do about it. */
  hint: string;
  severity: Severity;
  /** Longer context printed below the problem line (e.g. both blocks of a translation mismatch). */
  detail?: string;
}

export function error(file: string, line: number | undefined, message: string, hint: string): Problem {
  return { file, line, message, hint, severity: 'error' };
}

export function warning(file: string, line: number | undefined, message: string, hint: string): Problem {
  return { file, line, message, hint, severity: 'warning' };
}

export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  const detail = problem.detail ? `\n${problem.detail.replace(/^/gm, '    ')}` : '';
  return `${where}: ${prefix}${problem.message} (${problem.hint})${detail}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** Thrown by the content gateway when the sources are broken; its message lists every error. */
export class EditionError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(`The edition's sources have ${errors.length} error(s); nothing was published:\n` + errors.map(formatProblem).join('\n'));
    this.name = 'EditionError';
    this.problems = problems;
  }
}
