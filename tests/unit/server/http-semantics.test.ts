import { describe, expect, it } from 'vitest';
import { chooseEncoding, decideRange, evaluatePreconditions, rangeStillValid } from '../../../scripts/http-semantics.js';

describe('decideRange (RFC 9110 §14)', () => {
  const size = 1000;
  it('serves one satisfiable range, clamped to the end', () => {
    expect(decideRange('bytes=0-0', size)).toEqual({ kind: 'partial', start: 0, end: 0 });
    expect(decideRange('bytes=10-19', size)).toEqual({ kind: 'partial', start: 10, end: 19 });
    expect(decideRange('bytes=990-', size)).toEqual({ kind: 'partial', start: 990, end: 999 });
    expect(decideRange('bytes=0-18446744073709551615', size)).toEqual({ kind: 'partial', start: 0, end: 999 });
    expect(decideRange('Bytes = 5 - 6', size)).toEqual({ kind: 'partial', start: 5, end: 6 });
  });

  it('reads a suffix range as the last n bytes', () => {
    expect(decideRange('bytes=-100', size)).toEqual({ kind: 'partial', start: 900, end: 999 });
    expect(decideRange('bytes=-5000', size)).toEqual({ kind: 'partial', start: 0, end: 999 });
  });

  it('ignores invalid ranges: the whole file', () => {
    for (const header of ['bytes=100-50', 'abc', 'bytes=abc', 'bytes=', 'bytes=-', 'bytes=1-2-3', 'items=0-1', 'bytes=0x10-20', 'bytes=1.5-2', undefined, 'x'.repeat(10_000)]) {
      expect(decideRange(header, size), String(header).slice(0, 40)).toEqual({ kind: 'full' });
    }
  });

  it('answers several ranges with the whole file', () => {
    expect(decideRange('bytes=0-1,5-6', size)).toEqual({ kind: 'full' });
    expect(decideRange('bytes=0-1, -1', size)).toEqual({ kind: 'full' });
  });

  it('refuses ranges that all start past the end, and empty suffixes', () => {
    expect(decideRange('bytes=1000-', size)).toEqual({ kind: 'unsatisfiable' });
    expect(decideRange('bytes=99999999999999999999-', size)).toEqual({ kind: 'unsatisfiable' });
    expect(decideRange('bytes=-0', size)).toEqual({ kind: 'unsatisfiable' });
    expect(decideRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
  });
});

describe('chooseEncoding (RFC 9110 §12.5.3)', () => {
  const both = ['br', 'gzip'];
  it('prefers brotli, then gzip, when both are acceptable', () => {
    expect(chooseEncoding('gzip, deflate, br', both)).toBe('br');
    expect(chooseEncoding('gzip', both)).toBe('gzip');
    expect(chooseEncoding('*', both)).toBe('br');
  });
  it('honours q-values, q=0 excluding a coding', () => {
    expect(chooseEncoding('br;q=0, gzip', both)).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8', both)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0', both)).toBe('identity');
    expect(chooseEncoding('*;q=0, identity', both)).toBe('identity');
    expect(chooseEncoding('gzip;q=0.5, identity;q=1', both)).toBe('identity');
    expect(chooseEncoding('BR;Q=1', both)).toBe('br');
  });
  it('sends identity without the header, with an empty one, or when nothing else is available', () => {
    expect(chooseEncoding(undefined, both)).toBe('identity');
    expect(chooseEncoding('', both)).toBe('identity');
    expect(chooseEncoding('br', [])).toBe('identity');
    expect(chooseEncoding('compress, deflate', both)).toBe('identity');
  });
  it('treats malformed weights as no preference, and never throws', () => {
    expect(chooseEncoding('br;q=abc, gzip', both)).toBe('gzip');
    expect(chooseEncoding('br;q=2', both)).toBe('identity');
    expect(() => chooseEncoding(';;;,,,=;q', both)).not.toThrow();
  });
});

describe('evaluatePreconditions (RFC 9110 §13.2.2)', () => {
  const etag = '"abc-1"';
  const modified = Date.parse('Wed, 01 Jan 2020 07:00:00 GMT');
  it('304 for a matching If-None-Match: one tag, a list, a weak tag, or *', () => {
    expect(evaluatePreconditions({ 'if-none-match': '"abc-1"' }, etag, modified)).toBe(304);
    expect(evaluatePreconditions({ 'if-none-match': '"x", "abc-1"' }, etag, modified)).toBe(304);
    expect(evaluatePreconditions({ 'if-none-match': 'W/"abc-1"' }, etag, modified)).toBe(304);
    expect(evaluatePreconditions({ 'if-none-match': '*' }, etag, modified)).toBe(304);
    expect(evaluatePreconditions({ 'if-none-match': '"other"' }, etag, modified)).toBe(200);
  });
  it('If-Modified-Since counts only without If-None-Match', () => {
    expect(evaluatePreconditions({ 'if-modified-since': 'Wed, 01 Jan 2020 07:00:00 GMT' }, etag, modified)).toBe(304);
    expect(evaluatePreconditions({ 'if-modified-since': 'Wed, 01 Jan 2020 06:59:59 GMT' }, etag, modified)).toBe(200);
    expect(evaluatePreconditions({ 'if-none-match': '"other"', 'if-modified-since': 'Wed, 01 Jan 2020 08:00:00 GMT' }, etag, modified)).toBe(200);
    expect(evaluatePreconditions({ 'if-modified-since': 'Fri, 01 Jan 2100 00:00:00 GMT' }, etag, modified), 'a date in the future is invalid').toBe(200);
    expect(evaluatePreconditions({ 'if-modified-since': 'garbage' }, etag, modified)).toBe(200);
  });
  it('412 when If-Match or If-Unmodified-Since fails', () => {
    expect(evaluatePreconditions({ 'if-match': '"other"' }, etag, modified)).toBe(412);
    expect(evaluatePreconditions({ 'if-match': 'W/"abc-1"' }, etag, modified)).toBe(412);
    expect(evaluatePreconditions({ 'if-match': '*' }, etag, modified)).toBe(200);
    expect(evaluatePreconditions({ 'if-unmodified-since': 'Tue, 31 Dec 2019 00:00:00 GMT' }, etag, modified)).toBe(412);
  });
  it('If-Range keeps a range only for this representation', () => {
    expect(rangeStillValid(undefined, etag, modified)).toBe(true);
    expect(rangeStillValid('"abc-1"', etag, modified)).toBe(true);
    expect(rangeStillValid('W/"abc-1"', etag, modified)).toBe(false);
    expect(rangeStillValid('Wed, 01 Jan 2020 07:00:00 GMT', etag, modified)).toBe(true);
    expect(rangeStillValid('Wed, 01 Jan 2020 06:00:00 GMT', etag, modified)).toBe(false);
  });
});
