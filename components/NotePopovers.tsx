import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { NumberedNote } from '@/lib/annotations/annotate-text';
import { annotationIds } from './annotation-ids';
import { NoteSources } from './NoteSources';
import { Popover } from './Popover';
import { ProseParagraph } from './Prose';

/**
 * Every note of the text, once: as a popover that its numbered markers open (without JavaScript
 * too), whose id is the note's permalink (`#note-<id>`: the script opens it, the stylesheet shows it
 * without the script), and, in print, the numbered endnotes. Each body carries its label
 * (“Note 12 · Correction”) in its own language, so that the gloss switch switches it too.
 */
export async function NotePopovers({ notes, locale }: { notes: readonly NumberedNote[]; locale: Locale }) {
  if (notes.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Annotations' });
  const labels = {
    de: await getTranslations({ locale: 'de', namespace: 'Annotations' }),
    en: await getTranslations({ locale: 'en', namespace: 'Annotations' }),
  };
  const label = (lang: 'de' | 'en', note: NumberedNote) => `${labels[lang]('note', { number: note.number })} · ${labels[lang](`noteKinds.${note.kind}`)}`;
  return (
    <div className="popovers notes">
      <h2 id="notes-heading" className="notes-heading">
        {t('notes')}
      </h2>
      {notes.map((note) => (
        <Popover key={note.id} id={annotationIds.notePopover(note.id)} label={t('note', { number: note.number })} className="popover--note">
          <ProseParagraph markdown={note.body.de} locale={locale} lang="de" className="gloss gloss-de" label={label('de', note)} />
          <ProseParagraph markdown={note.body.en} locale={locale} lang="en" className="gloss gloss-en" label={label('en', note)} />
          <NoteSources note={note} locale={locale} />
        </Popover>
      ))}
    </div>
  );
}
