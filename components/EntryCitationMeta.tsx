import type { Locale } from '@/i18n/routing';
import { entryMetadata } from '@/lib/citation/entry-metadata';
import type { GlossaryEntry } from '@/lib/content/schema';
import { editionUrl, getEdition } from '@/lib/edition';
import { PageMetadata } from './CitationMeta';

/** What reference managers and link previews read from an entry's page (lib/citation/entry-metadata.ts). */
export function EntryCitationMeta({ entry, locale, registerTitle, description }: { entry: GlossaryEntry; locale: Locale; registerTitle: string; description: string }) {
  const url = editionUrl();
  return <PageMetadata metadata={entryMetadata(entry, getEdition().meta, { locale, ...(url ? { url } : {}), registerTitle, description })} />;
}
