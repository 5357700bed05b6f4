/**
 * The navigation tail of a web page: after the article, sites list other articles under a heading
 * such as `Aktuelles` or `Das könnte Sie auch interessieren`. It is not part of the text: it is cut
 * off here and recorded (line range and reason) for meta.yaml `source.omitted`.
 */

import { decide, quoteStart } from './report';
import type { Decision, LineGroup, OmittedRange } from './types';

/** Headings that open a site's list of other articles (compared in lower case, without a final colon). */
export const NAVIGATION_HEADINGS: readonly string[] = [
  'aktuelles',
  'aktuelle artikel',
  'aktuelle beiträge',
  'weitere artikel',
  'weitere beiträge',
  'weitere texte',
  'weitere meldungen',
  'weiterlesen',
  'das könnte sie auch interessieren',
  'das könnte dich auch interessieren',
  'das könnte euch auch interessieren',
  'das könnte ihnen auch gefallen',
  'mehr zum thema',
  'mehr zu diesem thema',
  'mehr aus dieser rubrik',
  'ähnliche artikel',
  'ähnliche beiträge',
  'verwandte artikel',
  'verwandte beiträge',
  'lesen sie auch',
  'lies auch',
  'auch interessant',
  'empfohlene artikel',
  'neueste beiträge',
  'neueste artikel',
  'neue beiträge',
  'letzte beiträge',
  'beliebte beiträge',
  'meistgelesen',
  'meistgelesene artikel',
  'related',
  'related posts',
  'related articles',
  'related content',
  'read more',
  'more on this topic',
  'you may also like',
  'recommended',
];

/** A teaser is short: a title, or a sentence or three of lead. */
const MAX_TEASER = 600;

export interface NavigationResult {
  readonly rest: LineGroup[];
  readonly omitted?: OmittedRange;
  readonly decisions: Decision[];
}

function isNavigationHeading(group: LineGroup): boolean {
  if (group.lines.length !== 1) return false;
  const text = (group.lines[0]?.text ?? '').replace(/:$/, '').trim().toLowerCase();
  return NAVIGATION_HEADINGS.includes(text);
}

/**
 * Cut the navigation tail: the first navigation heading in the second half of the text, and every
 * block after it — if those blocks look like teasers (short). If they do not, nothing is cut and the
 * heading is reported for the editor.
 */
export function cutNavigationTail(groups: readonly LineGroup[]): NavigationResult {
  const half = Math.floor(groups.length / 2);
  let index = -1;
  for (let candidate = groups.length - 1; candidate >= Math.max(1, half); candidate -= 1) {
    const group = groups[candidate];
    if (group && isNavigationHeading(group)) index = candidate;
  }
  const heading = groups[index];
  const lastLine = groups.at(-1)?.lines.at(-1);
  if (index < 0 || !heading || !lastLine) return { rest: [...groups], decisions: [] };

  const first = heading.lines[0];
  const from = first?.n ?? lastLine.n;
  const tail = groups.slice(index + 1);
  const teasers = tail.length > 0 && tail.every((group) => group.lines.map((line) => line.text).join(' ').length <= MAX_TEASER);
  const lines = from === lastLine.n ? `${from}` : `${from}-${lastLine.n}`;
  if (!teasers) {
    // Cutting real text would lose words of the source; keeping a navigation block only costs a deletion.
    const decision = decide(
      from,
      'navigation',
      `${quoteStart(first?.text ?? '')} looks like the heading of a site's navigation, but the blocks after it are not short teasers: kept in the text; cut lines ${lines.replace('-', '–')} by hand if they are navigation`,
      false,
    );
    return { rest: [...groups], decisions: [decision] };
  }
  const decision = decide(
    from,
    'navigation',
    `lines ${lines.replace('-', '–')}: heading ${quoteStart(first?.text ?? '')} and ${tail.length} block(s) after it` +
      ` (${tail
        .slice(0, 5)
        .map((group) => quoteStart(group.lines[0]?.text ?? '', 3))
        .join(', ')}${tail.length > 5 ? ', …' : ''}) left out as site navigation → meta.yaml source.omitted`,
    true,
  );
  return { rest: groups.slice(0, index), omitted: { lines, reason: 'navigation' }, decisions: [decision] };
}
