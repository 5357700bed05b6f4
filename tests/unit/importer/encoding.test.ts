/**
 * Reading a source's bytes: every encoding a German text arrives in gives the same text, and what
 * cannot be read is refused with one clear sentence, never imported as garbage.
 */
import { describe, expect, it } from 'vitest';
import { decodeSource, firstInvalidUtf8, SourceError } from '../../../lib/importer/encoding';

const german = 'Behördenangaben zufolge „streikten“ 12.000 Ölarbeiter – größtenteils in Schangaösen.\nDas Gas kostet 120 € statt 60 €.\n';
const latin1Text = 'Behördenangaben zufolge streikten 12.000 Ölarbeiter, größtenteils in Schangaösen.\n';

const bytes = (values: readonly number[]) => Uint8Array.from(values);
/** Windows-1252 by hand: Latin-1 below 0x100, and the few characters Windows puts at 0x80–0x9F. */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '–': 0x96 };
  return bytes([...text].map((character) => high[character] ?? character.charCodeAt(0)));
}
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let index = 0; index < text.length; index += 1) view.setUint16(2 + index * 2, text.charCodeAt(index), littleEndian);
  return out;
}
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('reads valid UTF-8 as UTF-8, certain', () => {
    expect(decodeSource(utf8(german))).toEqual({ text: german, encoding: 'UTF-8', reason: 'valid UTF-8', certain: true });
  });

  it('removes a UTF-8 byte-order mark', () => {
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf, ...utf8(german)])).text).toBe(german);
  });

  it.each([
    ['UTF-16LE', true],
    ['UTF-16BE', false],
  ])('reads %s with a byte-order mark', (name, littleEndian) => {
    expect(decodeSource(utf16(german, littleEndian))).toMatchObject({ text: german, encoding: name, certain: true });
  });

  it('reads UTF-32 with a byte-order mark', () => {
    const points = [0xfeff, ...[...german].map((character) => character.codePointAt(0) ?? 0)];
    const out = new Uint8Array(points.length * 4);
    points.forEach((point, index) => new DataView(out.buffer).setUint32(index * 4, point, true));
    expect(decodeSource(out)).toMatchObject({ text: german, encoding: 'UTF-32LE' });
  });

  it('recognises Windows-1252 (with „ “ – €) and says it guessed', () => {
    const decoded = decodeSource(windows1252(german));
    expect(decoded.text).toBe(german);
    expect(decoded).toMatchObject({ encoding: 'windows-1252', certain: false });
    expect(decoded.reason).toMatch(/^line 1 is not valid UTF-8 \(byte 0xf6\); chardet recognises (?:windows-1252|ISO-8859-1) \(confidence \d+ %\)/u);
  });

  it('recognises ISO-8859-1', () => {
    expect(decodeSource(bytes([...latin1Text].map((character) => character.charCodeAt(0)))).text).toBe(latin1Text);
  });

  it('reads ISO-8859-15 when told with --encoding (€ at 0xA4)', () => {
    expect(decodeSource(bytes([0x31, 0x32, 0x30, 0x20, 0xa4]), 'iso-8859-15')).toMatchObject({ text: '120 €', encoding: 'iso-8859-15', certain: true });
  });

  it('gives NFC whatever the source used', () => {
    expect(decodeSource(utf8('Scho\u0308n')).text).toBe('Schön');
  });

  it.each([
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'the file is a PNG image, not plain text: the importer reads plain text only'],
    ['a PDF file', [...utf8('%PDF-1.7\n')], 'the file is a PDF file (extract its text first, e.g. with pdftotext), not plain text: the importer reads plain text only'],
    [
      'NUL bytes',
      [...utf8('Erste Zeile\nZweite\u0000Zeile\n')],
      'line 2 holds a NUL byte (offset 18): this is a binary file, or text in an encoding the importer cannot tell (give it with --encoding <name>, or save the text as UTF-8)',
    ],
  ])('refuses %s', (_name, input, message) => {
    expect(() => decodeSource(bytes(input))).toThrow(new SourceError(message));
  });

  it('refuses UTF-8 with a byte-order mark that is broken further down, naming the line', () => {
    expect(() => decodeSource(bytes([0xef, 0xbb, 0xbf, ...utf8('gut\nauch gut\n'), 0xc3, 0x28]))).toThrow(
      /^the file starts with a UTF-8 byte-order mark but line 3 is not valid UTF-8 \(byte 0xc3 at offset 16\)/u,
    );
  });

  it('reads a text with a few stray control characters (the importer removes them later)', () => {
    expect(decodeSource(utf8('Die Ölarbeiter\u0007 streikten\u0007 in\u0007 Schangaösen.')).encoding).toBe('UTF-8');
  });

  it('refuses valid UTF-8 that is full of control characters', () => {
    expect(() => decodeSource(utf8('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f abc'))).toThrow(
      'the file is full of control characters: it is binary, not plain text (the importer reads plain text only)',
    );
  });

  it('refuses an unknown --encoding', () => {
    expect(() => decodeSource(utf8('x'), 'klingon')).toThrow('--encoding klingon: not an encoding this importer knows (use e.g. utf-8, windows-1252, iso-8859-15, utf-16le)');
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x61, 0x62], -1],
    [[0x61, 0xc0, 0xaf], 1], // overlong
    [[0xed, 0xa0, 0x80], 0], // a surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0x61, 0xe2, 0x82], 1], // cut short
    [[0xe2, 0x82, 0xac], -1], // €
  ])('%j → %i', (input, offset) => {
    expect(firstInvalidUtf8(bytes(input))).toBe(offset);
  });
});
