import { getTranslations } from 'next-intl/server';
import { readingDataId, readingMessageKeys, type ReadingData, type ReadingMessageKey } from '@/contract/reading';
import type { Locale } from '@/i18n/routing';
import { styleIds } from '@/contract/cite-tokens';

/** JSON for the script; `<` is escaped so that no string can close the script element. */
function serialise(data: ReadingData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The reading layer's strings and context, for client/reading/ (loaded only when used). */
export async function ReadingLayerData({ locale, text, texts }: { locale: Locale; text?: ReadingData['text']; texts?: ReadingData['texts'] }) {
  const t = await getTranslations({ locale, namespace: 'Reading' });
  const messages = Object.fromEntries(readingMessageKeys.map((key) => [key, t.raw(key) as string])) as Record<ReadingMessageKey, string>;
  const cite = await getTranslations({ locale, namespace: 'Cite' });
  const styleNames = Object.fromEntries(styleIds.map((style) => [style, cite(`styles.${style}`)])) as ReadingData['styleNames'];
  const data: ReadingData = { locale, messages, styleNames, ...(text ? { text } : {}), ...(texts ? { texts } : {}) };
  return <script type="application/json" id={readingDataId} data-edition="data" dangerouslySetInnerHTML={{ __html: serialise(data) }} />;
}
