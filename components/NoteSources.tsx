import { getTranslations } from 'next-intl/server';
import { Fragment } from 'react';
import type { Locale } from '@/i18n/routing';
import type { Note } from '@/lib/content/schema';
import { formatPartialDate } from '@/lib/format';

/**
 * A note's sources as the editors cite them (author, title, publisher, date, address), in one line;
 * the label “Sources” is in both languages for the stylesheet, which shows the gloss language's.
 */
export async function NoteSources({ note, locale }: { note: Note; locale: Locale }) {
  if (note.sources.length === 0) return null;
  const de = await getTranslations({ locale: 'de', namespace: 'Annotations' });
  const en = await getTranslations({ locale: 'en', namespace: 'Annotations' });
  const t = locale === 'de' ? de : en;
  return (
    <p className="note-sources" data-label-de={de('sources')} data-label-en={en('sources')}>
      {note.sources.map((source, index) => (
        <Fragment key={`${source.title}${source.url ?? ''}`}>
          {index > 0 ? '; ' : null}
          {source.author ? `${source.author}: ` : null}
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer">
              {source.title}
            </a>
          ) : (
            <cite>{source.title}</cite>
          )}
          {source.publisher ? `, ${source.publisher}` : null}
          {source.date ? `, ${formatPartialDate(source.date, locale)}` : null}
          {source.verified ? null : (
            <>
              {' '}
              <span className="source-unverified">({t('unverified')})</span>
            </>
          )}
        </Fragment>
      ))}
    </p>
  );
}
