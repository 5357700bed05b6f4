/**
 * A released id resolves for ever. `anchors.lock.yaml` lists them, but the lock is itself a file an
 * editor can change: deleting `- p14` (alone, or with its block) would silently break every
 * citation of ¶ 14. So the lock is compared with what was released before — the lock of the last
 * commit (git) and the ids the last build published (`out/api/texts/<slug>.json`, `anchors.released`)
 * — and an id that was released there and is missing now is an error that says how to redirect it.
 */
import { execFileSync } from 'node:child_process';
import type { Text } from './model';
import { parseYaml } from './parse-yaml';
import { error, type Problem } from './problems';
import { anchorsLockSchema } from './schema';

/** Where released ids were found before this run, each list with the words that name its source. */
export interface ReleaseHistory {
  readonly sources: readonly { readonly where: string; readonly released: readonly string[] }[];
}

export type CommittedLock = { readonly kind: 'found'; readonly source: string } | { readonly kind: 'absent' } | { readonly kind: 'no-git'; readonly why: string };

/** Is `root` inside a git work tree (with git installed)? The reason when not. */
export function gitCheckout(root: string): { ok: true } | { ok: false; why: string } {
  try {
    execFileSync('git', ['-C', root, 'rev-parse', '--verify', '--quiet', 'HEAD'], { stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true };
  } catch (cause) {
    const code = (cause as { code?: string }).code;
    return { ok: false, why: code === 'ENOENT' ? 'git is not installed' : `${root} is not a git checkout with a commit` };
  }
}

/** The lock file as the last commit (HEAD) has it; absent for a text that was never committed. */
export function committedLock(root: string, file: string): CommittedLock {
  try {
    const source = execFileSync('git', ['-C', root, 'show', `HEAD:./${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { kind: 'found', source };
  } catch (cause) {
    const code = (cause as { code?: string }).code;
    return code === 'ENOENT' ? { kind: 'no-git', why: 'git is not installed' } : { kind: 'absent' };
  }
}

/** The released ids of a lock file's source (an unreadable old lock gives none: it cannot be helped now). */
export function releasedIn(source: string, file: string): string[] {
  return parseYaml(source, file, anchorsLockSchema).value?.released ?? [];
}

/** The first line of a source that matches. */
function lineOf(source: string | undefined, pattern: RegExp): number | undefined {
  if (!source) return undefined;
  const index = source.split('\n').findIndex((line) => pattern.test(line));
  return index === -1 ? undefined : index + 1;
}

/** Every id released before (in the last commit or the last build) is still released in the lock. */
export function checkReleasedIds(text: Text, history: ReleaseHistory, lockSource: string | undefined): Problem[] {
  const file = text.files.anchors;
  const current = new Set(text.anchors.released);
  const blocks = new Set(text.versions[0]?.blocks.map((block) => block.id));
  const missing = new Map<string, string[]>();
  for (const { where, released } of history.sources) {
    for (const id of released) {
      if (!current.has(id)) missing.set(id, [...(missing.get(id) ?? []), where]);
    }
  }
  if (missing.size > 0 && lockSource === undefined) {
    // The whole lock is gone: one error, not one per id.
    const where = [...new Set([...missing.values()].flat())];
    return [
      error(
        file,
        undefined,
        `the lock file is missing, but ${missing.size} id(s) of this text were released (${where.join('; ')}): an id once released must resolve for ever`,
        `restore it (git checkout HEAD -- ${file}) and change it only by adding ids and redirects`,
      ),
    ];
  }
  const line = lineOf(lockSource, /^released\s*:/u);
  return [...missing].map(([id, where]) => {
    const still = blocks.has(id);
    const redirected = text.anchors.redirects[id];
    const how = still
      ? `put “- ${id}” back under released in ${file}`
      : redirected
        ? `put “- ${id}” back under released in ${file}; its redirect to ${redirected.join(', ')} then keeps it resolving`
        : `put “- ${id}” back under released in ${file} and, as its block is gone, redirect it to the block(s) that took its place: “redirects: {${id}: [<id>]}” (README.md, “Retiring a paragraph”)`;
    return error(
      file,
      line,
      `released id ${id} is missing from the lock${still ? '' : ` and from ${text.versions[0]?.file ?? 'the text'}`}, but it was released (${where.join('; ')}): an id once released must resolve for ever`,
      how,
    );
  });
}
