import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { NumberedNote } from '@/lib/annotations/annotate-text';
import { quoteText } from '@/lib/annotations/annotate-text';
import { blockNumber, Reference } from '@/lib/citation/reference';
import { annotationIds } from './annotation-ids';
import { NoteSources } from './NoteSources';
import { Prose } from './Prose';

/**
 * Every note of the text at its end: each one's permalink (`#note-<id>`), and in print the numbered
 * notes that the markers in the text refer to.
 */
export async function NotesList({ notes, slug, locale }: { notes: readonly NumberedNote[]; slug: string; locale: Locale }) {
  if (notes.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Annotations' });
  return (
    <section className="notes-list" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('notes')}</h2>
      <ol>
        {notes.map((note) => (
          <li key={note.id} id={annotationIds.note(note.id)} value={note.number}>
            <p className="note-head">
              <span className="note-kind">{t(`noteKinds.${note.kind}`)}</span> ·{' '}
              <a href={Reference.block(slug, note.block).href(locale)}>{t('backToText', { number: blockNumber(note.block) })}</a>
              {': '}
              <q lang="de" className="gloss-de">
                {quoteText(note.quote.de)}
              </q>
              <q lang="en" className="gloss-en">
                {quoteText(note.quote.en)}
              </q>
            </p>
            <Prose markdown={note.body.de} locale={locale} lang="de" className="gloss gloss-de" />
            <Prose markdown={note.body.en} locale={locale} lang="en" className="gloss gloss-en" />
            <NoteSources note={note} locale={locale} />
          </li>
        ))}
      </ol>
    </section>
  );
}
