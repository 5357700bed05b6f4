import { getTranslations } from 'next-intl/server';
import { CitePopover } from '@/components/CitePopover';
import { CitationMeta } from '@/components/CitationMeta';
import { ReaderControls } from '@/components/ReaderControls';
import { SiteHeader } from '@/components/SiteHeader';
import { TextDownloads } from '@/components/TextDownloads';
import { TextHeader } from '@/components/TextHeader';
import { TextRows } from '@/components/TextRows';
import { ReadingLayerData } from '@/components/ReadingLayerData';
import type { Locale } from '@/i18n/routing';
import { Reference } from '@/contract/reference';
import type { ReaderData } from '@/lib/client/reader-data';
import type { MarkMode } from '@/contract/reader';
import { annotateText } from '@/lib/annotations/annotate-text';
import type { Text } from '@/lib/content/model';
import { citeClasses, citePopoverId, printUrlAttribute } from '@/contract/cite-popover';
import { notesPagePath, readerAnnotationsPath, readerDataId, readerIds } from '@/contract/reader';
import { citeKey, staticCite } from '@/lib/citation/cite-templates';
import { citedLanguage } from '@/lib/citation/csl-item';
import { editionUrl, getEdition } from '@/lib/edition';
import { inEveryLanguage, paths } from '@/contract/routes';

/** JSON for the reader's script; `<` is escaped so that no text can close the script element. */
function serialise(data: ReaderData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * A text's reader page: the aligned rows, the controls, the cite box and the ¶ panel. `marks` is how
 * many names the rows mark: as the glossary's policy says (the text's page), or every occurrence (its
 * `every-name` page, which “Mark every name” links to where the script cannot mark them in place).
 */
export async function ReaderPage({ text, locale, marks }: { text: Text; locale: Locale; marks: MarkMode }) {
  const { slug } = text;
  const t = await getTranslations({ locale, namespace: 'Text' });
  const reader = await getTranslations({ locale, namespace: 'Reader' });
  const reading = await getTranslations({ locale, namespace: 'Reading' });
  const reference = new Reference(slug);
  const edition = getEdition();
  const annotated = annotateText(text, edition.glossary);
  const lang = citedLanguage(text, locale);
  const url = editionUrl();
  const citeOptions = { lang, locale, ...(url ? { url } : {}) };
  const citeMessages = await getTranslations({ locale, namespace: 'Cite' });
  // Without a public address the script puts the page's own origin in front of the path.
  const pageUrl = url ? new URL(reference.href(locale), url).href : reference.href(locale);
  const data: ReaderData = {
    annotations: readerAnnotationsPath(slug, locale),
    redirects: text.anchors.redirects,
    cite: { url: pageUrl, origin: url ? url.origin : undefined, slug, lang },
  };
  return (
    <>
      <a className="skip-link" href="#text-start">
        {reader('skipToText')}
      </a>
      <SiteHeader locale={locale} alternates={inEveryLanguage((lang) => reference.href(lang))} />
      <CitationMeta text={text} lang={lang} locale={locale} />
      <main id="main" className="reader">
        <article className="text" aria-labelledby="text-title">
          <TextHeader text={text} locale={locale} />
          <p className={citeClasses.wholeText}>
            <button type="button" popoverTarget={citePopoverId}>
              {citeMessages('citeText')}
            </button>
          </p>
          <p className="print-only" {...{ [printUrlAttribute]: true }}>
            {reader('printedFrom', { url: pageUrl })}
          </p>
          <ReaderControls locale={locale} slug={slug} marks={marks} />
          <p className="reading-hint">
            {reading('hint')} <a href={paths.myAnnotations(locale)}>{reading('nav')}</a>
          </p>
          <TextRows annotated={annotated} locale={locale} marks={marks} />
          {annotated.notes.length > 0 ? (
            // In print the script puts the notes here as endnotes; without it, this line says where they are.
            <p className="print-only notes-elsewhere">
              <a href={notesPagePath(locale, slug)}>{reader('notesElsewhere', { url: url ? new URL(notesPagePath(locale, slug), url).href : notesPagePath(locale, slug) })}</a>
            </p>
          ) : null}
          <section className="text-notes" aria-labelledby="edition-notes">
            <h2 id="edition-notes">{t('editionNotes')}</h2>
            {/* Written once, on the about page: its source, what was left out, what the edition did (issue #11: a reader page weighs like its text). */}
            <p>
              {`${t('editionNotesElsewhere')} `}
              <a href={paths.aboutText(locale, slug)}>{t('editionNotesLink')}</a>
            </p>
            <h3>{t('rights')}</h3>
            <p>{text.meta.rights[locale]}</p>
          </section>
          <TextDownloads text={text} locale={locale} />
        </article>
        <CitePopover cite={staticCite(text, edition.meta, citeOptions)} citeKey={citeKey(text, edition.meta, citeOptions)} slug={slug} lang={lang} url={pageUrl} locale={locale} />
        {/* The ¶ panel and the landing message's box are the script's (client/panel.ts, client/index.ts); the status region is here from the start, as a live region must be. */}
        <p id={readerIds.status} className="visually-hidden" role="status" />
        <script type="application/json" id={readerDataId} data-edition="data" dangerouslySetInnerHTML={{ __html: serialise(data) }} />
        <ReadingLayerData locale={locale} text={{ slug, redirects: text.anchors.redirects }} />
      </main>
    </>
  );
}
