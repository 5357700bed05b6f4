import { getTranslations } from 'next-intl/server';
import { styleIds } from '@/contract/cite-tokens';
import { readingMessageKeys, type ReadingMessageKey, type ReadingStrings } from '@/contract/reading';
import type { Locale } from '@/i18n/routing';

/** The reading layer's strings in one interface language, from messages/<locale>.json. */
export async function readingStrings(locale: Locale): Promise<ReadingStrings> {
  const t = await getTranslations({ locale, namespace: 'Reading' });
  const messages = Object.fromEntries(readingMessageKeys.map((key) => [key, t.raw(key) as string])) as Record<ReadingMessageKey, string>;
  const cite = await getTranslations({ locale, namespace: 'Cite' });
  const styleNames = Object.fromEntries(styleIds.map((style) => [style, cite(`styles.${style}`)])) as ReadingStrings['styleNames'];
  return { messages, styleNames };
}
