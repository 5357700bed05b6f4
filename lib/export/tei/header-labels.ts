/**
 * The prose of the TEI header, from messages/ (`Export.teiHeader`, `Languages`). The header is written
 * in English, the TEI's own vocabulary; the generator takes the strings ready-made and stays free of
 * the i18n runtime.
 */
import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';
import { languageCodes } from '../../languages';

export interface TeiHeaderLabels {
  languageName: (code: string) => string;
  extraction: (extraction: 'pdf' | 'web') => string;
  sourceHeader: (lines: string) => string;
  omitted: (ranges: string) => string;
  chain: string;
  byEdition: string;
  translation: (from: string, into: string, byEdition: boolean) => string;
  /** How ids work, around the link to an example block. */
  ids: { before: string; after: string };
}

export function teiHeaderLabels(): TeiHeaderLabels {
  const t = createTranslator({ locale: 'en', messages: en, namespace: 'Export.teiHeader' });
  const languages = createTranslator({ locale: 'en', messages: en, namespace: 'Languages' });
  return {
    // A code the interface cannot name (an original in Kazakh, say) stays a code.
    languageName: (code) => (languageCodes.find((known) => known === code) ? languages(code as (typeof languageCodes)[number]) : code),
    extraction: (extraction) => t('extraction', { extraction }),
    sourceHeader: (lines) => t('sourceHeader', { lines }),
    omitted: (ranges) => t('omitted', { ranges }),
    chain: t('chain'),
    byEdition: t('byEdition'),
    translation: (from, into, byEdition) => t('translation', { from, into, byEdition: byEdition ? 'yes' : 'no' }),
    // Raw: the sentence names TEI elements in angle brackets, which the message syntax would read as tags.
    ids: { before: t.raw('idsBefore') as string, after: t.raw('idsAfter') as string },
  };
}
