/**
 * The link schemes the edition's sources may use, written once for the checks that refuse the others
 * (texts and editorial prose) and for the sanitiser that strips them should a check be bypassed.
 * Everything else (`javascript:`, `data:` …) never reaches a page.
 */
export const linkProtocols = ['http', 'https', 'mailto'] as const;

/** The schemes of links to other sites, which open without handing over the edition's window. */
export const externalLinkProtocols = ['http', 'https'] as const;

/** `http:, https: and mailto:`, for the checks' messages; `extra` schemes a check also accepts. */
export function linkProtocolList(...extra: string[]): string {
  const schemes = [...linkProtocols, ...extra].map((protocol) => `${protocol}:`);
  return `${schemes.slice(0, -1).join(', ')} and ${schemes.at(-1)}`;
}

const allowedLink = new RegExp(`^(?:${linkProtocols.join('|')}):`, 'i');

/** Whether a link's URL starts with one of the allowed schemes. */
export function hasLinkProtocol(url: string): boolean {
  return allowedLink.test(url);
}
