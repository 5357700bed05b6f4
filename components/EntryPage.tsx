import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { quoteText } from '@/lib/annotations/annotate-text';
import { notesMentioning, occurrencesByText } from '@/lib/annotations/entry-page';
import { registerOf } from '@/lib/annotations/register';
import { blockNumber, Reference } from '@/contract/reference';
import type { GlossaryEntry } from '@/lib/content/schema';
import { getEdition } from '@/lib/edition';
import { entryHref, paths } from '@/contract/routes';
import { annotationIds } from './annotation-ids';
import { GlossSwitch } from './GlossSwitch';
import { Prose } from './Prose';
import { otherLanguage } from '@/lib/languages';
import { languages as editionLanguages } from '@/contract/languages';

/**
 * One glossary entry's own page: headword, kind, both glosses (the gloss switch), every spelling per
 * language, other names, related entries, the editor's notes that mention it, and every occurrence,
 * by text and paragraph: one line per paragraph, a link to it, with a snippet and how often it occurs
 * there.
 */
export async function EntryPage({ entry, locale }: { entry: GlossaryEntry; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Register' });
  const annotations = await getTranslations({ locale, namespace: 'Annotations' });
  const languages = await getTranslations({ locale, namespace: 'Languages' });
  const edition = getEdition();
  const other: Locale = otherLanguage(locale);
  const occurrences = occurrencesByText(edition.texts, registerOf(edition).get(entry.id) ?? [], locale);
  const paragraphCount = occurrences.reduce((sum, group) => sum + group.paragraphs.length, 0);
  const notes = notesMentioning(edition, entry);
  const related = entry.related.flatMap((id) => edition.glossary.filter((candidate) => candidate.id === id));
  return (
    <main id="main" className="register register-entry-page">
      <article aria-labelledby="entry-title">
        <p className="register-back">
          <a href={`${paths.glossary(locale)}#${annotationIds.entry(entry.id)}`}>{t('allEntries')}</a>
        </p>
        <p className="entry-kind">{annotations(`termKinds.${entry.kind}`)}</p>
        <h1 id="entry-title">
          {entry.headword[locale]}
          {entry.headword[other] !== entry.headword[locale] ? (
            <span className="headword-other" lang={other}>
              {' · '}
              {entry.headword[other]}
            </span>
          ) : null}
        </h1>
        <GlossSwitch locale={locale} />
        <Prose markdown={entry.gloss.de} locale={locale} lang="de" className="gloss gloss-de entry-gloss" />
        <Prose markdown={entry.gloss.en} locale={locale} lang="en" className="gloss gloss-en entry-gloss" />
        <dl className="entry-facts">
          <div>
            <dt>{t('spellings')}</dt>
            {editionLanguages.map((lang) => (
              <dd key={lang}>
                <span className="label">{languages(lang)}:</span> {entry.forms[lang].length > 0 ? <span lang={lang}>{entry.forms[lang].join(', ')}</span> : t('spellingsNone')}
              </dd>
            ))}
          </div>
          {entry.aka.length > 0 ? (
            <div>
              <dt>{t('aka')}</dt>
              <dd>{entry.aka.join(', ')}</dd>
            </div>
          ) : null}
          {related.length > 0 ? (
            <div>
              <dt>{annotations('related')}</dt>
              <dd>
                {related.map((target, index) => (
                  <span key={target.id}>
                    {index > 0 ? ', ' : null}
                    <a href={entryHref(locale, target.id)}>{target.headword[locale]}</a>
                  </span>
                ))}
              </dd>
            </div>
          ) : null}
        </dl>
        {notes.length > 0 ? (
          <section aria-labelledby="entry-notes" className="entry-notes">
            <h2 id="entry-notes">{t('notesTitle')}</h2>
            <ol>
              {notes.map(({ text, note }) => (
                <li key={`${text.slug}-${note.id}`}>
                  <p className="note-head">
                    <a href={Reference.block(text.slug, note.block).href(locale)}>
                      {annotations('note', { number: note.number })} · <cite>{text.meta.title[locale] ?? text.meta.title.de}</cite> ·{' '}
                      {t('paragraph', { number: blockNumber(note.block) })}
                    </a>{' '}
                    <span className="note-kind">{annotations(`noteKinds.${note.kind}`)}</span>
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
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        <section aria-labelledby="entry-occurrences" className="entry-occurrences">
          <h2 id="entry-occurrences">{t('occurrencesTitle')}</h2>
          {paragraphCount > 0 ? <p className="entry-summary">{t('occurrencesSummary', { count: paragraphCount, texts: occurrences.length })}</p> : <p>{t('none')}</p>}
          {occurrences.map(({ text, paragraphs }) => (
            <section key={text.slug} aria-labelledby={`occurrences-${text.slug}`}>
              <h3 id={`occurrences-${text.slug}`}>
                <cite>{text.meta.title[locale] ?? text.meta.title.de}</cite>
              </h3>
              <ul className="occurrence-list">
                {paragraphs.map((paragraph) => (
                  <li key={paragraph.block}>
                    <a href={Reference.block(text.slug, paragraph.block).href(locale)}>{t('paragraph', { number: blockNumber(paragraph.block) })}</a>{' '}
                    <span lang={paragraph.lang} className="excerpt">
                      {paragraph.excerpt.before}
                      <mark>{paragraph.excerpt.match}</mark>
                      {paragraph.excerpt.after}
                    </span>
                    {paragraph.count > 1 ? <span className="hits"> {t('hits', { count: paragraph.count })}</span> : null}
                    {paragraph.lang !== locale ? <span className="hits"> {t('inLanguage', { language: languages(paragraph.lang) })}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      </article>
    </main>
  );
}
