/**
 * The edition's pipeline, one stage after the other: read (lib/content/load.ts) → validate
 * (lib/content/validate.ts, with the released ids' history) → annotate (lib/annotations/annotate-edition.ts).
 * `npm run check`, the tests and, without a stored annotated edition, the build's steps call it;
 * lib/content depends on none of the later stages.
 */
import { annotateEdition } from '../annotations/annotate-edition';
import { checkReleaseHistory, readEdition } from '../content/load';
import type { Edition } from '../content/model';
import { hasErrors, type Problem } from '../content/problems';
import { validateEdition } from '../content/validate';

export interface LoadResult {
  edition?: Edition;
  problems: Problem[];
  /** What the check could not do here and why (e.g. no git checkout), for `npm run check` to say. */
  notes?: string[];
}

/** Reads, validates and annotates the whole edition below `root` (the repository). Never throws for bad sources. */
export function loadEdition(root: string = process.cwd()): LoadResult {
  const read = readEdition(root);
  if (!read.edition) return { problems: read.problems };
  const { edition, sources } = read;
  const history = checkReleaseHistory(root, edition.texts, sources);
  const problems = [...read.problems, ...validateEdition(edition, { sources }), ...history.problems, ...annotateEdition(edition).problems];
  return hasErrors(problems) ? { problems, notes: history.notes } : { edition, problems, notes: history.notes };
}
