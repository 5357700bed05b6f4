/**
 * Glossary entry ids are released and locked like block ids: an entry's page (`/de/glossary/<id>`) and
 * its register anchor (`#entry-<id>`) are cited and linked from outside, so a released id keeps
 * resolving for ever: it is an entry, or it redirects to one.
 */
import { escapeRegExp as escape } from '@/contract/regexp';
import type { Edition } from './model';
import { error, warning, type Problem } from './problems';
import { lineMatching, type ValidationContext } from './validate';

export const glossaryLockFile = 'annotations/glossary.lock.yaml';

export function checkGlossaryLock(edition: Edition, context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  const { released, redirects } = edition.glossaryLock;
  const source = context.sources.get(glossaryLockFile);
  // An id stands alone in a YAML list item, a flow sequence or as a key: never as part of a longer id.
  const lineOfId = (id: string) => lineMatching(source, new RegExp(`(^|[\\s\\[,])${escape(id)}([\\s\\],:]|$)`));
  const lineOfRedirect = (id: string) => lineMatching(source, new RegExp(`^\\s*${escape(id)}\\s*:`));
  const entries = new Set(edition.glossary.map((entry) => entry.id));
  for (const id of released) {
    if (!entries.has(id) && !redirects[id]) {
      problems.push(
        error(
          glossaryLockFile,
          lineOfId(id),
          `released glossary entry “${id}” is no longer in annotations/glossary.yaml and has no redirect`,
          `a released entry id must keep resolving (/de/glossary/${id}): restore the entry, or add “${id}: <id of the entry that replaced it>” under redirects`,
        ),
      );
    }
  }
  for (const [id, target] of Object.entries(redirects)) {
    if (entries.has(id)) {
      problems.push(
        error(
          glossaryLockFile,
          lineOfRedirect(id),
          `“${id}” redirects to “${target}” but is still an entry of annotations/glossary.yaml`,
          'remove the redirect, or give the entry a new id',
        ),
      );
    }
    if (!entries.has(target)) {
      problems.push(
        error(
          glossaryLockFile,
          lineOfRedirect(id),
          `redirect ${id} → ${target}: “${target}” is not an entry of annotations/glossary.yaml`,
          'point the redirect at an existing entry',
        ),
      );
    }
  }
  const known = new Set(released);
  const unreleased = edition.glossary.filter((entry) => !known.has(entry.id));
  if (unreleased.length > 0) {
    problems.push(
      warning(
        glossaryLockFile,
        undefined,
        `${unreleased.length} glossary entry id(s) not yet released: ${unreleased.map((entry) => entry.id).join(', ')}`,
        'run `npm run release-anchors` when these entries are published; from then on their pages must keep resolving',
      ),
    );
  }
  return problems;
}
