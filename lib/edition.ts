/**
 * What pages ask of the edition: thin lookups on top of the content gateway. Pages never read files.
 */
import { getEdition } from './content/load';
import type { Language, Text } from './content/model';
import type { Locale } from '@/i18n/routing';

export { getEdition };

export function getTexts(): Text[] {
  return getEdition().texts;
}

export function findText(slug: string): Text | undefined {
  return getEdition().texts.find((text) => text.slug === slug);
}

/** The edition's public address (EDITION_URL overrides texts/edition.yaml at build time). */
export function editionUrl(): URL {
  return new URL(process.env.EDITION_URL ?? getEdition().meta.url);
}

/** A bilingual value in the reader's interface language. */
export function localized<T>(value: Record<Language, T>, locale: Locale): T {
  return value[locale];
}
