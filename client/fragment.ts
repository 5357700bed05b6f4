import { blockNumber, parseFragment } from '@/contract/reference';

/** Where a URL fragment takes the reader, and why. */
export type Landing =
  | { kind: 'block'; targets: [string] }
  | { kind: 'range'; targets: string[] }
  | { kind: 'redirected'; requested: string; targets: string[] }
  | { kind: 'nearest'; requested: string; targets: [string] }
  | { kind: 'none' };

function numeric(id: string): number {
  return Number.parseInt(blockNumber(id), 10);
}

/** The block whose number is closest to the requested one (the later one on a tie). */
function nearest(requested: string, ids: readonly string[]): string | undefined {
  const wanted = numeric(requested);
  let best: string | undefined;
  for (const id of ids) {
    if (best === undefined || Math.abs(numeric(id) - wanted) <= Math.abs(numeric(best) - wanted)) best = id;
  }
  return best;
}

function resolveId(id: string, ids: readonly string[], redirects: Record<string, string[]>): Landing {
  if (ids.includes(id)) return { kind: 'block', targets: [id] };
  const redirected = redirects[id]?.filter((target) => ids.includes(target));
  if (redirected && redirected.length > 0) return { kind: 'redirected', requested: id, targets: redirected };
  const closest = nearest(id, ids);
  return closest ? { kind: 'nearest', requested: id, targets: [closest] } : { kind: 'none' };
}

/** Longer than any block reference (`p9999a-p9999b`): not one, so not worth decoding. */
const maxFragmentLength = 64;

/**
 * The fragment as the reader typed it: percent-escapes decoded where they are well-formed. A URL's
 * fragment is anyone's input (`#p1%`, `#%E0%A4%A`): it never throws, and a malformed one is left as
 * it is (then it names no block).
 */
export function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Resolves `#p12`, `#p12-p14`, a redirected or an unknown id against the blocks of the page, so that
 * a link always lands somewhere sensible, with a reason the reader can be told. Never throws.
 */
export function resolveFragment(fragment: string, ids: readonly string[], redirects: Record<string, string[]>): Landing {
  if (fragment.length > maxFragmentLength) return { kind: 'none' };
  const range = parseFragment(decodeFragment(fragment));
  if (!range) return { kind: 'none' };
  if (!range.to) return resolveId(range.from, ids, redirects);
  const from = resolveId(range.from, ids, redirects);
  const to = resolveId(range.to, ids, redirects);
  const first = from.kind === 'none' ? undefined : from.targets[0];
  const last = to.kind === 'none' ? undefined : to.targets.at(-1);
  if (!first || !last) return { kind: 'none' };
  const [start, end] = [ids.indexOf(first), ids.indexOf(last)].sort((a, b) => a - b) as [number, number];
  return { kind: 'range', targets: ids.slice(start, end + 1) };
}
