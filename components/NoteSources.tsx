import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Note } from '@/lib/content/schema';
import { hastToReact } from '@/lib/render/hast-to-react';
import { noteSourcesHast, type NoteSourcesLabels } from '@/lib/render/note-sources';

/** The labels of a note's sources line: “Sources” in both languages, “not verified” in the interface language. */
export async function noteSourcesLabels(locale: Locale): Promise<NoteSourcesLabels> {
  const de = await getTranslations({ locale: 'de', namespace: 'Annotations' });
  const en = await getTranslations({ locale: 'en', namespace: 'Annotations' });
  return { sources: { de: de('sources'), en: en('sources') }, unverified: (locale === 'de' ? de : en)('unverified') };
}

/**
 * A note's sources as the editors cite them, in one line (lib/render/note-sources.ts); the label
 * “Sources” is in both languages for the stylesheet, which shows the gloss language's.
 */
export async function NoteSources({ note, locale }: { note: Note; locale: Locale }) {
  const tree = noteSourcesHast(note, locale, await noteSourcesLabels(locale));
  return tree ? hastToReact(tree) : null;
}
