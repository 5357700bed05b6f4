/**
 * Whatever bytes the importer is given, it either imports them to valid NFC text free of control
 * characters, or refuses them with a SourceError (one sentence for the editor): it never crashes
 * and never writes garbage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCharacters } from '../../../lib/content/check-characters';
import { importSource, SourceError } from '../../../lib/importer/index';

const options = { slug: 'probe', sourceFile: 'probe.txt' };

function outcome(bytes: Uint8Array): 'imported' | 'refused' {
  try {
    const { markdown } = importSource(bytes, options);
    expect(markdown.normalize('NFC')).toBe(markdown);
    // Nothing npm run check would refuse, but U+FFFD, which the importer keeps and reports.
    expect(checkCharacters('de.md', markdown).filter((problem) => !problem.message.includes('U+FFFD'))).toEqual([]);
    // Survives a round trip through UTF-8: no unpaired surrogate.
    expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(markdown))).toBe(markdown);
    return 'imported';
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    expect(error.message).toMatch(/^[^\n]{10,}$/u);
    return 'refused';
  }
}

/** Text-like bytes: German words, punctuation, line breaks, and now and then any byte at all. */
const textish = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('Die ', 'Ölarbeiter ', 'streikten', '. ', ', ', '„Gas“ ', '– ', '12 ', '\n', '\n\n', '- ', '• ', 'Seite 3', '<p>', 'ß', 'e\u0301') },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }).map((byte) => String.fromCharCode(byte)) },
    ),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(''));

describe('importSource on any input', () => {
  it('imports or refuses any byte sequence, never crashes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void outcome(bytes)),
      { numRuns: 300 },
    );
  });

  it('imports or refuses any text encoded as UTF-8, Latin-1 or UTF-16', () => {
    fc.assert(
      fc.property(textish, fc.constantFrom('utf8', 'latin1', 'utf16le'), (text, encoding) => {
        const body = Buffer.from(encoding === 'utf16le' ? `\ufeff${text}` : text, encoding);
        void outcome(new Uint8Array(body));
      }),
      { numRuns: 300 },
    );
  });

  it('imports any string that is valid UTF-8 text to NFC without control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        void outcome(new TextEncoder().encode(text));
      }),
      { numRuns: 300 },
    );
  });
});
