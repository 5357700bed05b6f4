import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { GlossaryEntry } from '@/lib/content/schema';
import { paths } from '@/lib/routes';
import { annotationIds } from './annotation-ids';
import { Popover } from './Popover';
import { ProseParagraph } from './Prose';

/**
 * One popover per glossary entry the page uses (never the whole glossary): the headword, a link to
 * its register entry, and the gloss in both languages, each with its kind as a label in its own
 * language (shown by the stylesheet), so that the gloss switch switches the label too. Kept to a few
 * elements each: a page holds up to a hundred of them.
 */
export async function TermPopovers({ entries, locale }: { entries: readonly GlossaryEntry[]; locale: Locale }) {
  const kinds = {
    de: await getTranslations({ locale: 'de', namespace: 'Annotations.termKinds' }),
    en: await getTranslations({ locale: 'en', namespace: 'Annotations.termKinds' }),
  };
  return (
    <div className="popovers">
      {entries.map((entry) => {
        const id = annotationIds.termPopover(entry.id);
        return (
          <Popover key={entry.id} id={id} titleId={`${id}-title`} className="popover--term">
            <p className="popover-title" id={`${id}-title`}>
              <a href={paths.entry(locale, entry.id)}>
                {entry.headword.de === entry.headword.en ? (
                  entry.headword.de
                ) : (
                  <>
                    <span className="gloss-de" lang="de">
                      {entry.headword.de}
                    </span>
                    <span className="gloss-en" lang="en">
                      {entry.headword.en}
                    </span>
                  </>
                )}
              </a>
            </p>
            <ProseParagraph markdown={entry.gloss.de} locale={locale} lang="de" className="gloss gloss-de" label={kinds.de(entry.kind)} />
            <ProseParagraph markdown={entry.gloss.en} locale={locale} lang="en" className="gloss gloss-en" label={kinds.en(entry.kind)} />
          </Popover>
        );
      })}
    </div>
  );
}
