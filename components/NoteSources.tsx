import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Note } from '@/lib/content/schema';
import { formatPartialDate } from '@/lib/format';

/** A note's sources as the editors cite them: author, title, publisher, date, address. */
export async function NoteSources({ note, locale }: { note: Note; locale: Locale }) {
  if (note.sources.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Annotations' });
  return (
    <div className="note-sources">
      <p className="note-sources-label">{t('sources')}</p>
      <ul>
        {note.sources.map((source) => (
          <li key={`${source.title}${source.url ?? ''}`}>
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
          </li>
        ))}
      </ul>
    </div>
  );
}
