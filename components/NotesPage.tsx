import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { NumberedNote } from '@/lib/annotations/annotate-text';
import { blockNumber, Reference } from '@/contract/reference';
import type { Text } from '@/lib/content/model';
import { noteAnchor } from '@/contract/reader';
import { NoteSources } from './NoteSources';
import { ProseParagraph } from './Prose';

/**
 * Every note of a text on a page of its own, in the order of the text (`/[locale]/texts/<slug>/notes`):
 * its number and kind, the body in German and in English, its sources and a link back to its ¶. What
 * a note marker leads to without the script (with it, the marker opens the note in place); each note
 * is `#note-<id>`, as on the reader page.
 */
export async function NotesPage({ text, notes, locale }: { text: Text; notes: readonly NumberedNote[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Notes' });
  const annotations = await getTranslations({ locale, namespace: 'Annotations' });
  const reference = new Reference(text.slug);
  const title = text.meta.title[locale] ?? text.meta.title.de;
  return (
    <main id="main" className="register notes-page">
      <article aria-labelledby="notes-title">
        <p className="register-back">
          <a href={reference.href(locale)}>{t('text')}</a>
        </p>
        <h1 id="notes-title">{t('title', { title })}</h1>
        <p className="lead">{t('lead')}</p>
        <ol className="notes-list">
          {notes.map((note) => (
            <li key={note.id} id={noteAnchor(note.id)} aria-labelledby={`${noteAnchor(note.id)}-label`}>
              <h2 className="note-label" id={`${noteAnchor(note.id)}-label`}>
                {`${annotations('note', { number: note.number })} · ${annotations(`noteKinds.${note.kind}`)}`}
              </h2>
              <ProseParagraph markdown={note.body.de} locale={locale} lang="de" className="note-body" />
              <ProseParagraph markdown={note.body.en} locale={locale} lang="en" className="note-body" />
              <NoteSources note={note} locale={locale} />
              <p className="note-back">
                <a href={Reference.block(text.slug, note.block).href(locale)}>{t('back', { number: blockNumber(note.block) })}</a>
              </p>
            </li>
          ))}
        </ol>
      </article>
    </main>
  );
}
