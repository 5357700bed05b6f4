import { annotationIds } from '@/components/annotation-ids';
import { bibliographyOf } from '../annotations/sources';
import { Reference } from '@/contract/reference';
import type { Edition } from '../content/model';
import { paths } from '@/contract/routes';

/** The public bibliography JSON (`/api/sources.json`): fields may be added, never renamed or removed. */
export function sourcesJson(edition: Edition) {
  return {
    sources: bibliographyOf(edition).map((work) => ({
      id: work.id,
      title: work.title,
      ...(work.author ? { author: work.author } : {}),
      ...(work.publisher ? { publisher: work.publisher } : {}),
      ...(work.date ? { date: work.date } : {}),
      ...(work.url ? { url: work.url } : {}),
      verified: work.verified,
      ...(work.checked ? { checked: work.checked } : {}),
      remarks: work.remarks,
      notes: work.notes.map((note) => {
        const reference = new Reference(note.text);
        return {
          text: note.text,
          note: note.note,
          number: note.number,
          block: note.block,
          url: { de: reference.elementHref('de', annotationIds.note(note.note)), en: reference.elementHref('en', annotationIds.note(note.note)) },
        };
      }),
      entries: work.entries.map((entry) => ({
        id: entry,
        url: { de: `${paths.glossary('de')}#${annotationIds.entry(entry)}`, en: `${paths.glossary('en')}#${annotationIds.entry(entry)}` },
      })),
    })),
  };
}
