/**
 * From the bytes of a source file to its text: the importer must never turn a file it cannot read
 * into garbage (`Beh�rdenangaben`) and call it a success.
 *
 * In order: a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); a known binary format
 * (PNG, PDF, ZIP, …) or NUL bytes are refused; valid UTF-8 is UTF-8; otherwise the legacy 8-bit
 * encoding is guessed by chardet and accepted only when it is one of the Latin encodings a German
 * text comes in (Windows-1252, ISO-8859-1, ISO-8859-15), and the decoded text reads as text. Every
 * guess is said in the report, and `--encoding` overrides it. The text that comes out is NFC.
 */

import { analyse } from 'chardet';
import { firstInvalidUtf8, positionOfByte } from '../content/check-characters';

export { firstInvalidUtf8 };

/** A source the importer refuses, with what to do about it: printed as one line by the CLI. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
}

export interface DecodedSource {
  readonly text: string;
  /** The encoding's name as the report gives it: `UTF-8`, `windows-1252`, `UTF-16LE` … */
  readonly encoding: string;
  /** How the importer knows, in words an editor understands. */
  readonly reason: string;
  /** false: the importer guessed; an editor should check the special characters. */
  readonly certain: boolean;
}

/** The legacy encodings the importer accepts from a guess (WHATWG labels). */
const LATIN_ENCODINGS: Readonly<Record<string, string>> = {
  'windows-1252': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso-8859-15': 'iso-8859-15',
};

/** Signatures of binary formats that are sometimes handed to the importer by mistake. */
const BINARY_SIGNATURES: readonly { readonly name: string; readonly bytes: readonly number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF file (extract its text first, e.g. with pdftotext)', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive or an office document (save it as plain text first)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'an old Word document (save it as plain text first)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);

/** The 1-based line of a byte offset. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  return positionOfByte(bytes, offset).line;
}

/** UTF-32 has no decoder in the WHATWG set: four bytes per code point. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  if (bytes.length % 4 !== 0) throw new SourceError('the file starts with a UTF-32 byte-order mark but its length is not a multiple of 4: it is damaged (save it again as UTF-8)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += 4) {
    const code = view.getUint32(offset, littleEndian);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      throw new SourceError(`the UTF-32 text is damaged at byte ${offset} (line ${lineOfUtf32(bytes, offset, littleEndian)}): not a character (save it again as UTF-8)`);
    }
    parts.push(String.fromCodePoint(code));
  }
  return parts.join('');
}

function lineOfUtf32(bytes: Uint8Array, offset: number, littleEndian: boolean): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let line = 1;
  for (let at = 0; at < offset; at += 4) if (view.getUint32(at, littleEndian) === 0x0a) line += 1;
  return line;
}

function decodeStrict(bytes: Uint8Array, label: string, what: string): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SourceError(`${what}, but it is not valid ${label}: it is damaged or in another encoding (give it with --encoding <name>, or save it again as UTF-8)`);
  }
}

/** Is the text mostly UTF-16 without a byte-order mark: every other byte NUL? Which byte order? */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  const sample = Math.min(bytes.length, 1 << 16);
  for (let index = 0; index < sample; index += 1) {
    if (bytes[index] !== 0) continue;
    if (index % 2 === 0) evenNul += 1;
    else oddNul += 1;
  }
  const pairs = sample / 2;
  if (oddNul > pairs * 0.9 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.9 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Control characters that no text holds (tab, line feed, form feed and carriage return aside). */
const FOREIGN_CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/gu;

/** Control characters a text may carry as damage before it counts as binary (beyond 1 % of it). */
const MAX_STRAY_CONTROLS = 8;

/** Does a decoded legacy text read as text (few control characters), so that the guess is plausible? */
function readsAsText(text: string): boolean {
  const controls = text.match(FOREIGN_CONTROLS)?.length ?? 0;
  // A few stray controls are damage the importer removes and reports; binary data is full of them.
  return controls <= Math.max(MAX_STRAY_CONTROLS, text.length / 100);
}

/**
 * Windows-1252's printable characters at 0x80–0x9F (the WHATWG table; the five holes stay C1).
 * Node 20's TextDecoder decodes `windows-1252` as ISO-8859-1 there (it leaves `„` as U+0084), so
 * the range is mapped here, whatever the Node version does.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeLegacy(bytes: Uint8Array, label: string): string {
  const text = new TextDecoder(label).decode(bytes);
  if (label !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/gu, (character) => WINDOWS_1252_HIGH.charAt(character.charCodeAt(0) - 0x80));
}

function finish(text: string, encoding: string, reason: string, certain: boolean): DecodedSource {
  return { text: text.normalize('NFC'), encoding, reason, certain };
}

/** The name of a WHATWG encoding label, or undefined when Node's TextDecoder does not know it. */
export function knownEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/**
 * Decode a source file's bytes. `override` is the `--encoding` the editor gave: it is used as it is
 * (and still refused when the bytes do not fit it).
 */
export function decodeSource(bytes: Uint8Array, override?: string): DecodedSource {
  if (override !== undefined) {
    const name = override.toLowerCase() === 'utf-32le' || override.toLowerCase() === 'utf-32be' ? override.toLowerCase() : knownEncoding(override);
    if (!name) {
      throw new SourceError(`--encoding ${override}: not an encoding this importer knows (use e.g. utf-8, windows-1252, iso-8859-15, utf-16le)`);
    }
    if (name === 'utf-32le' || name === 'utf-32be') return finish(decodeUtf32(bytes, name === 'utf-32le'), name.toUpperCase(), 'as given with --encoding', true);
    const text = name === 'utf-8' || name.startsWith('utf-16') ? decodeStrict(bytes, name, `--encoding ${override} was given`) : decodeLegacy(bytes, name);
    return finish(text.replace(/^\ufeff/u, ''), name, 'as given with --encoding', true);
  }
  // A byte-order mark says what the file is; UTF-32 LE must be tested before UTF-16 LE (same first bytes).
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const invalid = firstInvalidUtf8(bytes);
    if (invalid >= 0) {
      throw new SourceError(
        `the file starts with a UTF-8 byte-order mark but line ${lineOfByte(bytes, invalid)} is not valid UTF-8 (byte 0x${(bytes[invalid] ?? 0).toString(16).padStart(2, '0')} at offset ${invalid}): it mixes encodings (repair that line, or give the encoding with --encoding <name>)`,
      );
    }
    return finish(new TextDecoder('utf-8').decode(bytes), 'UTF-8', 'a UTF-8 byte-order mark (removed)', true);
  }
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) return finish(decodeUtf32(bytes.subarray(4), true), 'UTF-32LE', 'a UTF-32 byte-order mark', true);
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return finish(decodeUtf32(bytes.subarray(4), false), 'UTF-32BE', 'a UTF-32 byte-order mark', true);
  if (startsWith(bytes, [0xff, 0xfe])) {
    return finish(decodeStrict(bytes, 'utf-16le', 'the file starts with a UTF-16 byte-order mark'), 'UTF-16LE', 'a UTF-16 byte-order mark', true);
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return finish(decodeStrict(bytes, 'utf-16be', 'the file starts with a UTF-16 byte-order mark'), 'UTF-16BE', 'a UTF-16 byte-order mark', true);
  }

  const binary = BINARY_SIGNATURES.find((signature) => startsWith(bytes, signature.bytes));
  if (binary) throw new SourceError(`the file is ${binary.name}, not plain text: the importer reads plain text only`);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    const text = decodeStrict(bytes, utf16, `the file looks like ${utf16.toUpperCase()} without a byte-order mark`);
    if (readsAsText(text)) return finish(text, utf16.toUpperCase(), 'every other byte is NUL, as in UTF-16 without a byte-order mark', false);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new SourceError(
      `line ${lineOfByte(bytes, nul)} holds a NUL byte (offset ${nul}): this is a binary file, or text in an encoding the importer cannot tell (give it with --encoding <name>, or save the text as UTF-8)`,
    );
  }

  const invalid = firstInvalidUtf8(bytes);
  if (invalid < 0) {
    const text = new TextDecoder('utf-8').decode(bytes);
    if (!readsAsText(text)) throw new SourceError('the file is full of control characters: it is binary, not plain text (the importer reads plain text only)');
    return finish(text, 'UTF-8', 'valid UTF-8', true);
  }

  // chardet's statistics settle within the first megabyte; all of a 20 MB file would take seconds.
  const guess = analyse(bytes.subarray(0, 1 << 20)).find((match) => LATIN_ENCODINGS[match.name.toLowerCase()] !== undefined);
  const where = `line ${lineOfByte(bytes, invalid)} is not valid UTF-8 (byte 0x${(bytes[invalid] ?? 0).toString(16).padStart(2, '0')})`;
  if (!guess) {
    throw new SourceError(
      `${where} and the encoding could not be recognised as Windows-1252 or ISO-8859-1/-15: give it with --encoding <name> (e.g. --encoding windows-1252), or save the file as UTF-8`,
    );
  }
  const label = LATIN_ENCODINGS[guess.name.toLowerCase()] ?? 'windows-1252';
  const text = decodeLegacy(bytes, label);
  if (!readsAsText(text)) {
    throw new SourceError(
      `${where}, and read as ${label} it is full of control characters: it is binary, or in an encoding the importer cannot tell (give it with --encoding <name>)`,
    );
  }
  return finish(
    text,
    label,
    `${where}; chardet recognises ${guess.name} (confidence ${guess.confidence} %)${label === 'windows-1252' && guess.name.toLowerCase() !== label ? ', read as its superset windows-1252' : ''}: check the special characters (ä ö ü ß „ “ – €), or give --encoding <name>`,
    false,
  );
}
