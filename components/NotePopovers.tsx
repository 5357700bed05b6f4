import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { NumberedNote } from '@/lib/annotations/annotate-text';
import { annotationIds } from './annotation-ids';
import { Popover } from './Popover';
import { Prose } from './Prose';
import { NoteSources } from './NoteSources';

/** One popover per note of the text, with both bodies, its sources and its permalink. */
export async function NotePopovers({ notes, locale }: { notes: readonly NumberedNote[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Annotations' });
  return (
    <div className="popovers">
      {notes.map((note) => {
        const id = annotationIds.notePopover(note.id);
        return (
          <Popover key={note.id} id={id} titleId={`${id}-title`} className="popover--note" closeLabel={t('close')}>
            <p className="popover-kind" id={`${id}-title`}>
              {t('note', { number: note.number })} · {t(`noteKinds.${note.kind}`)}
            </p>
            <Prose markdown={note.body.de} locale={locale} lang="de" className="gloss gloss-de" />
            <Prose markdown={note.body.en} locale={locale} lang="en" className="gloss gloss-en" />
            <NoteSources note={note} locale={locale} />
            <p className="popover-link">
              <a href={`#${annotationIds.note(note.id)}`}>{t('permalink')}</a>
            </p>
          </Popover>
        );
      })}
    </div>
  );
}
