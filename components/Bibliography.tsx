import { getTranslations } from 'next-intl/server';
import { annotationIds } from '@/components/annotation-ids';
import type { Locale } from '@/i18n/routing';
import type { Work } from '@/lib/annotations/sources';
import { blockNumber, Reference } from '@/contract/reference';
import type { Edition } from '@/lib/content/model';
import { formatPartialDate } from '@/lib/format';
import { paths } from '@/contract/routes';

/** One work as a bibliography cites it: author, title (linked when it has an address), outlet, date. */
function Citation({ work, locale }: { work: Work; locale: Locale }) {
  return (
    <>
      {work.author ? `${work.author}: ` : null}
      {work.url ? (
        <a href={work.url} rel="noopener noreferrer">
          <cite>{work.title}</cite>
        </a>
      ) : (
        <cite>{work.title}</cite>
      )}
      {work.publisher ? `, ${work.publisher}` : null}
      {work.date ? `, ${formatPartialDate(work.date, locale)}` : null}.
    </>
  );
}

/** The notes and glossary entries that cite a work, as links to the notes' permalinks and the entries. */
async function CitedIn({ work, edition, locale }: { work: Work; edition: Edition; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Sources' });
  const groups = edition.texts.map((text) => ({ text, notes: work.notes.filter((note) => note.text === text.slug) })).filter((group) => group.notes.length > 0);
  const entries = work.entries.flatMap((id) => edition.glossary.filter((entry) => entry.id === id));
  return (
    <ul className="work-cited">
      {groups.map(({ text, notes }) => (
        <li key={text.slug}>
          <cite lang={text.meta.title[locale] ? locale : 'de'}>{text.meta.title[locale] ?? text.meta.title.de}</cite>:{' '}
          {notes.map((note, index) => (
            <span key={note.note}>
              {index > 0 ? '; ' : null}
              <a href={new Reference(text.slug).elementHref(locale, annotationIds.note(note.note))}>{t('noteLink', { paragraph: blockNumber(note.block), number: note.number })}</a>
            </span>
          ))}
        </li>
      ))}
      {entries.length > 0 ? (
        <li>
          {t('entries')}:{' '}
          {entries.map((entry, index) => (
            <span key={entry.id}>
              {index > 0 ? '; ' : null}
              <a href={`${paths.glossary(locale)}#${annotationIds.entry(entry.id)}`}>{entry.headword[locale]}</a>
            </span>
          ))}
        </li>
      ) : null}
    </ul>
  );
}

/** The edition's bibliography: every cited work with its checking status and everything that cites it. */
export async function Bibliography({ works, edition, locale }: { works: readonly Work[]; edition: Edition; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Sources' });
  return (
    <ol className="bibliography">
      {works.map((work) => (
        <li key={work.id} id={work.id} className="work" data-verified={work.verified ? 'true' : 'false'}>
          <p className="work-citation">
            <Citation work={work} locale={locale} />{' '}
            <span className={work.verified ? 'work-status work-verified' : 'work-status work-unverified'}>
              {work.verified ? (work.checked ? t('verifiedOn', { date: formatPartialDate(work.checked, locale) }) : t('verified')) : t('unverified')}
            </span>
          </p>
          {work.remarks.length > 0 ? (
            <p className="work-remark">
              <span className="label">{t('remark')}:</span> <span lang="en">{work.remarks.join(' ')}</span>
            </p>
          ) : null}
          <p className="label work-cited-label">{t('citedIn')}</p>
          <CitedIn work={work} edition={edition} locale={locale} />
        </li>
      ))}
    </ol>
  );
}
