/** Formatting of the edition's values for display; pure functions, no i18n runtime needed. */
import type { PersonName } from './content/schema';

export function displayName(person: PersonName): string {
  return 'literal' in person ? person.literal : `${person.given} ${person.family}`;
}

/** Joins names as a reader expects: “A”, “A and B”, “A, B and C” (“und” in German). */
export function joinNames(names: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}

/** A partial date (2022, 2022-03, 2022-01-24) in the reader's language: “24. Januar 2022”, “March 2022”. */
export function formatPartialDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return date;
  const value = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month !== undefined) options.month = 'long';
  if (day !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(value);
}
