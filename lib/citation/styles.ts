/**
 * The vendored CSL styles and locales (vendor/csl/, see its README), read once at build time, with the
 * few corrections the edition needs applied as checked text patches. Build-time only: this is the one
 * module of lib/citation that reads files (it runs in Next's server rendering and in the tests).
 *
 * Every patch must match exactly as often as stated, or loading throws: an updated vendored file is
 * noticed, never silently left unpatched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../content/model';

import { styleIds, type StyleId } from '@/contract/cite-tokens';

export { styleIds, type StyleId };
/**
 * The CSL files the engine loads: the three styles, plus Chicago's full-note variant (same edition,
 * same bibliography), whose first citation of a work is the full note (CMOS 14.20); the short form
 * of later notes (CMOS 14.29) is what `chicago-note-bibliography` writes for every note.
 */
export type EngineStyle = StyleId | 'chicagoFullNote';

/** The CSL locale of each interface language. */
export const cslLocales = { de: 'de-DE', en: 'en-US' } as const satisfies Record<Language, string>;
export type CslLocale = (typeof cslLocales)[Language];

const styleFiles: Record<EngineStyle, string> = {
  chicago: 'chicago-note-bibliography.csl',
  chicagoFullNote: 'chicago-fullnote-bibliography.csl',
  apa: 'apa.csl',
  mla: 'modern-language-association.csl',
};

export interface Patch {
  /** Why: shown when the patch no longer applies. */
  why: string;
  find: RegExp;
  replace: string;
  /** How many times `find` matches in the vendored file. */
  count: number;
  /** Only for this interface language (default: all). */
  only?: Language;
}

/**
 * All three styles print the access date only for undated items (Chicago: CMOS 14.12, MLA 9: 5.111,
 * APA 7: 9.16 “retrieval dates”). Every manual allows it for content that may change, and the edition's
 * pages do change (notes, glossary, the edition's translation are revised), so the access date is what
 * tells a reader which state was cited: each style prints it, in its own form, also for dated items.
 */
const accessAlways = (term: string, condition: string, count: number): Patch => ({
  why: `print the access date (“${term}”) also when the item has a date`,
  find: new RegExp(`<if variable="${condition}" match="none">(\\s*<group delimiter=" ">\\s*<text term="${term}")`, 'g'),
  replace: '<if variable="accessed">$1',
  count,
});

const stylePatches: Record<EngineStyle, Patch[]> = {
  // Bibliography: “… January 24, 2022. Accessed March 5, 2026. https://…” (and the same in full notes).
  chicago: [accessAlways('accessed', 'issued', 2)],
  chicagoFullNote: [accessAlways('accessed', 'issued', 2)],
  apa: [
    // “Retrieved March 5, 2026, from https://…”
    accessAlways('retrieved', 'issued status', 1),
    {
      // German APA (the DGPs adaptation) writes the date of a dated web source as “(2022, 24. Januar)”;
      // the style's fixed month-day order gave “(2022, Januar 24)”.
      why: 'German day-month order in the reference list date',
      find: /<date variable="issued">\s*<date-part prefix=", " name="month"\/>\s*<date-part prefix=" " name="day"\/>\s*<\/date>/g,
      replace: '<date variable="issued" prefix=", "><date-part name="day" suffix=". "/><date-part name="month"/></date>',
      count: 2,
      only: 'de',
    },
    {
      // The style writes “(Original work published 2022)” as fixed English text, also in German.
      why: 'a German “Original erschienen”',
      find: /<text value="Original work published"\/>/g,
      replace: '<text value="Original erschienen"/>',
      count: 1,
      only: 'de',
    },
  ],
  mla: [
    // “… 24 Jan. 2022, https://…. Accessed 5 Mar. 2026.”
    accessAlways('accessed', 'issued', 1),
    {
      // The in-text group has no delimiter, which printed “(Author, para.12)”.
      why: 'a space between the locator label and the locator in the in-text citation',
      find: /<group>(\s*<label variable="locator" form="short"\/>\s*<text variable="locator"\/>\s*<\/group>)/g,
      replace: '<group delimiter=" ">$1',
      count: 1,
    },
    {
      // MLA 9 abbreviates paragraph as “par.”/“pars.” (“(Chan, par. 41)”); en-US CSL has “para.” (APA, Chicago).
      why: 'MLA’s “par.”/“pars.” for paragraphs',
      find: /(<term name="translator" form="short">trans\.<\/term>\s*)(<\/terms>)/g,
      replace: '$1<term name="paragraph" form="short"><single>par.</single><multiple>pars.</multiple></term>\n    $2',
      count: 1,
    },
  ],
};

const localePatches: Record<CslLocale, Patch[]> = {
  'de-DE': [
    // German puts “am” before a date: “Zugegriffen am 5. März 2026”, “Abgerufen am 5. März 2026, von …”.
    { why: '“zugegriffen am” before the access date', find: /<term name="accessed">zugegriffen<\/term>/g, replace: '<term name="accessed">zugegriffen am</term>', count: 1 },
    { why: '“abgerufen am” before the retrieval date', find: /<term name="retrieved">abgerufen<\/term>/g, replace: '<term name="retrieved">abgerufen am</term>', count: 1 },
  ],
  'en-US': [],
};

export class StylePatchError extends Error {
  override name = 'StylePatchError';
}

export function applyPatches(source: string, file: string, patches: Patch[]): string {
  return patches.reduce((xml, patch) => {
    const matches = xml.match(patch.find)?.length ?? 0;
    if (matches !== patch.count) {
      throw new StylePatchError(
        `vendor/csl/${file}: the patch “${patch.why}” matches ${matches} times, expected ${patch.count} (was the file updated? check the patch in lib/citation/styles.ts)`,
      );
    }
    return xml.replace(patch.find, patch.replace);
  }, source);
}

const directory = () => path.join(process.cwd(), 'vendor', 'csl');
const cache = new Map<string, string>();

function cached(key: string, load: () => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    value = load();
    cache.set(key, value);
  }
  return value;
}

/** The style's CSL XML for an interface language, patched. */
export function styleXml(style: EngineStyle, lang: Language): string {
  return cached(`style:${style}:${lang}`, () => {
    const file = styleFiles[style];
    const patches = stylePatches[style].filter((patch) => patch.only === undefined || patch.only === lang);
    return applyPatches(readFileSync(path.join(directory(), file), 'utf8'), file, patches);
  });
}

/** The CSL locale XML for a tag citeproc asks for; any other tag gets the English (citeproc's own fallback). */
export function localeXml(tag: string): string {
  const locale: CslLocale = tag === 'de-DE' || tag === 'de' ? 'de-DE' : 'en-US';
  return cached(`locale:${locale}`, () => {
    const file = `locales-${locale}.xml`;
    return applyPatches(readFileSync(path.join(directory(), file), 'utf8'), file, localePatches[locale]);
  });
}
