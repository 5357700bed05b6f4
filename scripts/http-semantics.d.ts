/** Types of scripts/http-semantics.js (plain JavaScript: the server imports it uncompiled). */
export type RangeDecision = { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };
export function decideRange(header: unknown, size: number): RangeDecision;
export function chooseEncoding(header: unknown, available: readonly string[]): string;
export interface ConditionalHeaders {
  'if-match'?: unknown;
  'if-none-match'?: unknown;
  'if-modified-since'?: unknown;
  'if-unmodified-since'?: unknown;
  'if-range'?: unknown;
}
export function evaluatePreconditions(headers: ConditionalHeaders, etag: string, modifiedMs: number): 200 | 304 | 412;
export function rangeStillValid(header: unknown, etag: string, modifiedMs: number): boolean;
