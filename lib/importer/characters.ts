/**
 * Characters that must not reach the edition: control characters (a NUL, a bell), bidi overrides
 * and embeddings, byte-order marks inside the text, non-characters, unpaired surrogates. They are
 * extraction or conversion damage, invisible on screen and harmful in the published text (the check
 * refuses them). The importer removes them and reports each line; a replacement character (U+FFFD,
 * a letter lost in an earlier conversion) cannot be repaired here: it is kept and reported, so that
 * an editor restores the letter from the original.
 *
 * Zero-width spaces, soft hyphens and the like are whitespace matters: normalise.ts drops them.
 */

import { codePoint } from '../content/check-characters';
import { decide } from './report';
import type { Decision } from './types';

/**
 * C0 controls but tab, line feed, form feed (a page break) and carriage return; DEL; C1 controls;
 * LRM/RLM/ALM, the Mongolian vowel separator, bidi embeddings, overrides and isolates; non-characters; lone surrogates (with the u flag a
 * surrogate range matches only a surrogate that is not half of a pair).
 */
const UNWANTED = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u200e\u200f\u061c\u180e\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/gu;
const REPLACEMENT = /\ufffd/gu;
/** An HTML tag or character entity in what should be plain text. */
const HTML = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-z]{2,8}|#\d{1,6}|#x[\da-f]{1,6});/iu;

export interface CleanResult {
  readonly text: string;
  readonly decisions: Decision[];
}

/** Remove the unwanted characters line by line and report them; report replacement characters and HTML. */
export function cleanCharacters(source: string): CleanResult {
  const decisions: Decision[] = [];
  // The common case costs one scan of the text.
  if (!UNWANTED.test(source) && !source.includes('\ufffd') && !/[<&]/u.test(source)) return { text: source, decisions };
  UNWANTED.lastIndex = 0;
  const lines = source.split('\n');
  const cleaned = lines.map((line, index) => {
    const n = index + 1;
    const found = line.match(UNWANTED);
    const result = found ? line.replace(UNWANTED, '') : line;
    if (found) {
      const names = [...new Set(found.map(codePoint))].join(', ');
      decisions.push(decide(n, 'character', `${found.length} invisible control or format character(s) (${names}) removed: extraction or conversion damage`, true));
    }
    const replacements = line.match(REPLACEMENT)?.length ?? 0;
    if (replacements > 0) {
      decisions.push(
        decide(
          n,
          'character',
          `${replacements} replacement character(s) (U+FFFD, “�”): a letter was lost in an earlier conversion; kept, but npm run check refuses them: restore the letter from the original`,
          false,
        ),
      );
    }
    const html = HTML.exec(line);
    if (html) {
      decisions.push(
        decide(
          n,
          'html',
          `HTML in the plain text (${html[0].slice(0, 40)}): kept as text, escaped in the Markdown; remove the markup by hand, or extract the text again without it`,
          false,
        ),
      );
    }
    return result;
  });
  return { text: cleaned.join('\n'), decisions };
}
