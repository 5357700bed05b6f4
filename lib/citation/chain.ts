/**
 * A text's translation chain, read from its metadata (texts/<slug>/meta.yaml: `published` is the
 * original, `translations` the steps) and the edition's own version (texts/edition.yaml: editors,
 * date). Every citation format, the page metadata and the text's header take the chain from here, so
 * that they credit the same translators and name the same original.
 */
import type { Language, Text } from '../content/model';
import type { EditionMeta, PersonName, TextMeta } from '../content/schema';

/** A contributor as the chain names it: a person, an organisation, or the edition's editors by name. */
export type Contributor = PersonName;

export interface ResolvedStep {
  from: string;
  into: string;
  /** The edition's own translation (credited to its editors)? */
  byEdition: boolean;
  translators: Contributor[];
  /** When the translation was made or published; the edition's date for its own; absent when unknown. */
  date?: string;
  publishedIn?: string;
  url?: string;
}

export type Original = TextMeta['published'];

/** The editors of the edition as one name, in the cited version's language. */
export function editors(edition: EditionMeta, lang: Language): Contributor {
  return { literal: edition.editors[lang] };
}

/** The date of the edition's version of every text (`published` in texts/edition.yaml). */
export function versionDate(edition: EditionMeta): string {
  return String(edition.published);
}

/** Every step of the chain, in order, with the edition's steps resolved to its editors and date. */
export function chain(text: Text, edition: EditionMeta, lang: Language): ResolvedStep[] {
  return text.meta.translations.map((step) => {
    const byEdition = step.translators === 'edition';
    const date = step.date ?? (byEdition ? versionDate(edition) : undefined);
    return {
      from: step.from,
      into: step.into,
      byEdition,
      translators: step.translators === 'edition' ? [editors(edition, lang)] : step.translators,
      ...(date ? { date } : {}),
      ...(step.publishedIn ? { publishedIn: step.publishedIn } : {}),
      ...(step.url ? { url: step.url } : {}),
    };
  });
}

/** The steps that made the `lang` version, from the original on; empty for the original itself. */
export function stepsTo(text: Text, edition: EditionMeta, lang: Language): ResolvedStep[] {
  const steps = chain(text, edition, lang);
  const last = steps.findIndex((step) => step.into === lang);
  return last < 0 ? [] : steps.slice(0, last + 1);
}

/** The step into the `lang` version; undefined for the original. */
export function stepInto(text: Text, edition: EditionMeta, lang: Language): ResolvedStep | undefined {
  return stepsTo(text, edition, lang).at(-1);
}

/** Exactly the translators of the `lang` version (not those of earlier steps): empty for the original. */
export function versionTranslators(text: Text, edition: EditionMeta, lang: Language): Contributor[] {
  return stepInto(text, edition, lang)?.translators ?? [];
}

/** Is the `lang` version the original (written in that language)? */
export function isOriginal(text: Text, lang: Language): boolean {
  return text.meta.published.language === lang;
}

function languageName(code: string, lang: Language): string {
  return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
}

function names(list: readonly Contributor[], lang: Language): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(list.map((name) => ('literal' in name ? name.literal : `${name.given} ${name.family}`)));
}

function partialDate(date: string, lang: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', ...(month ? { month: 'long' } : {}), ...(day ? { day: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(lang, options).format(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)));
}

/** The original in one line: “Original (Russian): Sozialistische Bewegung Kasachstans, www.socialismkz.info, 24 January 2022, http://…”. */
export function originalLine(text: Text, lang: Language): string {
  const original = text.meta.published;
  const parts = [
    names(text.meta.authors, lang),
    original.title ? (lang === 'de' ? `„${original.title}“` : `“${original.title}”`) : undefined,
    original.container,
    original.publisher,
    original.place,
    original.issue ?? partialDate(original.date, lang),
    original.url,
  ].filter((part): part is string => part !== undefined);
  return `Original (${languageName(original.language, lang)}): ${parts.join(', ')}`;
}

/**
 * The chain in words, for the formats that have no field for it (RIS `N1`, Zotero's “Extra”, BibLaTeX
 * `addendum`): each translation step that made the version, then the original. Empty for the original
 * in its own language other than its first publication.
 */
export function chainNote(text: Text, edition: EditionMeta, lang: Language): string {
  const label = lang === 'de' ? 'Übersetzung' : 'Translation';
  const steps = stepsTo(text, edition, lang).map((step) => {
    const where = [step.publishedIn, step.date && !step.byEdition ? partialDate(step.date, lang) : undefined].filter(Boolean).join(', ');
    return `${label} (${languageName(step.from, lang)} → ${languageName(step.into, lang)}): ${names(step.translators, lang)}${where ? ` (${where})` : ''}`;
  });
  return [...steps.reverse(), originalLine(text, lang)].join('. ').concat('.');
}
