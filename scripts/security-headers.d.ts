/** Types of scripts/security-headers.js (plain JavaScript: the server imports it uncompiled). */
export interface Allowed {
  scripts: string[];
  styles: string[];
  webAssembly: boolean;
}
export function hashSource(text: string): string;
export function usesWebAssembly(out: string): boolean;
export function contentSecurityPolicy(allowed: Allowed): string;
export function securityHeaders(allowed: Allowed): Record<string, string>;
export const apiPrefix: string;
export function pathHeaders(pathname: string): Record<string, string>;
export const cacheRules: { prefix: string; pattern: string; cacheControl: string }[];
export const defaultCacheControl: string;
export function cacheControl(pathname: string): string;
export function headersFile(out: string, security: Record<string, string>): string;
export function readHeadersRule(text: string, pattern: string): Record<string, string> | undefined;
