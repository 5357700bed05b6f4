/** Types of scripts/security-headers.js (plain JavaScript: the server imports it uncompiled). */
export interface InlineFinding {
  file: string;
  what: string;
}
export interface InlineScan {
  pages: string[];
  scriptHashes: string[];
  styleHashes: string[];
  styleAttributes: InlineFinding[];
  eventHandlers: InlineFinding[];
  webAssembly: string[];
}
export function hashSource(text: string): string;
export function scanInline(out: string): InlineScan;
export function contentSecurityPolicy(scan: InlineScan): string;
export function securityHeaders(out: string): Record<string, string>;
export const apiPrefix: string;
export function pathHeaders(pathname: string): Record<string, string>;
export const cacheRules: { prefix: string; pattern: string; cacheControl: string }[];
export const defaultCacheControl: string;
export function cacheControl(pathname: string): string;
export function headersFile(out: string): string;
export function readHeadersRule(text: string, pattern: string): Record<string, string> | undefined;
