/**
 * The bytes and characters of every source file: nothing that a reader cannot see may be published.
 *
 * A source file is UTF-8 (a file saved as Windows-1252 otherwise turns `ö` into `�` and every check
 * after it into noise). Its text holds no control characters (tab and line feed aside; a carriage
 * return only before a line feed), no replacement character U+FFFD (a letter lost in a conversion),
 * no unpaired surrogate, and none of the invisible format characters that change what a text
 * means or how it is searched without showing: bidi embeddings, overrides and isolates, LRM/RLM,
 * zero-width spaces and word joiners, a byte-order mark inside the text.
 */
import { error, type Problem } from './problems';

/**
 * The offset of the first byte that breaks UTF-8, or -1 for valid UTF-8. Follows the Unicode
 * standard's table of well-formed sequences (no overlong forms, no surrogates, nothing above U+10FFFF).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x80) {
      index += 1;
      continue;
    }
    let length = 0;
    let low = 0x80;
    let high = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) length = 2;
    else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3;
      if (byte === 0xe0) low = 0xa0;
      if (byte === 0xed) high = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4;
      if (byte === 0xf0) low = 0x90;
      if (byte === 0xf4) high = 0x8f;
    } else return index;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[index + k];
      if (next === undefined) return index;
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next < min || next > max) return index;
    }
    index += length;
  }
  return -1;
}

/** The 1-based line and column (in bytes) of a byte offset. */
export function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < bytes.length; index += 1) {
    if (bytes[index] === 0x0a) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const hex = (byte: number): string => `0x${byte.toString(16).padStart(2, '0')}`;

/** The file's text, or the problem that it is not UTF-8, at the line of the first bad byte. */
export function decodeUtf8Source(file: string, bytes: Uint8Array): { text?: string; problem?: Problem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, Math.max(0, offset));
    return {
      problem: error(
        file,
        line,
        `the file is not valid UTF-8: byte ${hex(bytes[offset] ?? 0)} at column ${column} (it was probably saved as Windows-1252 or ISO-8859-1)`,
        'save the file as UTF-8 in your editor, or convert it: iconv -f windows-1252 -t utf-8',
      ),
    };
  }
}

interface CharacterRule {
  readonly pattern: RegExp;
  readonly what: string;
  readonly hint: string;
}

/** What is refused, in the order it is reported when a line has several. */
const RULES: readonly CharacterRule[] = [
  {
    pattern: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/u,
    what: 'a control character',
    hint: 'delete it: it is invisible and means nothing in a text (only tab and line feed are allowed)',
  },
  {
    pattern: /\ufffd/u,
    what: 'a replacement character “�” (a letter lost when the text was converted between encodings)',
    hint: 'put back the letter it stands for, from the original source',
  },
  {
    pattern: /[\ud800-\udfff]/u,
    what: 'an unpaired surrogate (half of a character)',
    hint: 'delete it and type the character again',
  },
  {
    pattern: /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u,
    what: 'an invisible bidi control (an embedding, override, isolate or direction mark)',
    hint: 'delete it: it can reorder what a reader sees; the edition sets text direction itself',
  },
  {
    pattern: /[\u200b\u2060\u180e\ufeff]/u,
    what: 'an invisible zero-width space, word joiner or byte-order mark inside the text',
    hint: 'delete it: it splits or joins words invisibly and breaks search and glossary matching',
  },
];

/** `U+0007`, as an editor can look it up. */
export function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Any character the rules refuse, for a quick scan of a whole file before the line-by-line one. */
const ANY = new RegExp(RULES.map((rule) => rule.pattern.source).join('|'), 'u');

/** Every refused character of a source file, one problem per line and kind, with its column. */
export function checkCharacters(file: string, source: string): Problem[] {
  if (!ANY.test(source)) return [];
  const problems: Problem[] = [];
  source.split('\n').forEach((line, index) => {
    for (const rule of RULES) {
      const match = rule.pattern.exec(line);
      if (!match) continue;
      const count = line.match(new RegExp(rule.pattern.source, 'gu'))?.length ?? 1;
      problems.push(
        error(file, index + 1, `${rule.what}, ${codePoint(match[0])}, at column ${match.index + 1}${count > 1 ? ` (and ${count - 1} more on this line)` : ''}`, rule.hint),
      );
    }
  });
  return problems;
}
