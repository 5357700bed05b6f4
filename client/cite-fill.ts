/**
 * The cite templates filled in with what only the browser knows: the site's address and the day of
 * citing (lib/citation/cite-templates.ts). Pure functions, no DOM: unit-tested with the parsers.
 */
import { blockNumber } from '@/contract/reference';
import { formatAccessDate, mapRuns, tokens, type CiteRun, type CiteTemplates, type DateForm } from '@/contract/cite-tokens';
import type { ReaderData } from '@/lib/client/reader-data';

/** What the page itself says about citing it (its address; the strings are the script's own, client/strings.ts). */
export type CitePage = NonNullable<ReaderData['cite']>;
/** The page's part with the templates from the annotations file (client/annotations.ts). */
export type Cite = CitePage & { templates: CiteTemplates };

/** The site's address: the configured public one, else the one this page is served from. */
export function siteOrigin(cite: CitePage): string {
  return cite.origin ?? location.origin;
}

/** The cited version's address without fragment (the work); `#p12` is added for the cite box's link. */
export function workUrl(cite: CitePage): string {
  return cite.origin ? cite.url : `${location.origin}${cite.url}`;
}

function isoDay(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
}

/** The pin-cite numbers: `12` or `12–14`. */
export function numbers(from: string, to?: string): string {
  return to ? `${blockNumber(from)}–${blockNumber(to)}` : blockNumber(from);
}

/** A template with its tokens replaced: the address, today's date, the ¶ numbers. */
export function fillTemplate(cite: CitePage, template: string, form: DateForm, now: Date, from?: string, to?: string): string {
  let value = template.replaceAll(tokens.origin, siteOrigin(cite)).replaceAll(tokens.accessed, formatAccessDate(form, now));
  if (from) value = to ? value.replaceAll(tokens.range, numbers(from, to)) : value.replaceAll(tokens.single, numbers(from));
  return value;
}

/** A reference's runs with their tokens replaced, the formatting kept (tokens never straddle runs). */
export function fillRuns(cite: CitePage, runs: readonly CiteRun[], form: DateForm, now: Date, from?: string, to?: string): CiteRun[] {
  return mapRuns(runs, (text) => fillTemplate(cite, text, form, now, from, to));
}

/** The downloads of the work, with today as access date (a ¶ is cited with the same files and a pin-cite). */
export function fillExports(cite: Cite, now: Date): { bib: string; ris: string; json: string } {
  const { exports } = cite.templates;
  const origin = siteOrigin(cite);
  const iso = isoDay(now);
  const json = (JSON.parse(exports.json.replaceAll(tokens.origin, origin)) as Record<string, unknown>[]).map((item) => ({
    ...item,
    accessed: { 'date-parts': [[now.getFullYear(), now.getMonth() + 1, now.getDate()]] },
  }));
  return {
    bib: exports.bib.replaceAll(tokens.origin, origin).replace('urldate = {1987-09-23}', `urldate = {${iso}}`),
    ris: exports.ris.replaceAll(tokens.origin, origin).replace('Y2  - 1987/09/23/', `Y2  - ${iso.replaceAll('-', '/')}/`),
    json: `${JSON.stringify(json, null, 2)}\n`,
  };
}
