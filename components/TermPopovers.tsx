import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { GlossaryEntry } from '@/lib/content/schema';
import { paths } from '@/lib/routes';
import { annotationIds } from './annotation-ids';
import { Popover } from './Popover';
import { Prose } from './Prose';

/** One popover per glossary entry the page uses (never the whole glossary), with both glosses. */
export async function TermPopovers({ entries, locale }: { entries: readonly GlossaryEntry[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Annotations' });
  return (
    <div className="popovers">
      {entries.map((entry) => {
        const id = annotationIds.termPopover(entry.id);
        return (
          <Popover key={entry.id} id={id} titleId={`${id}-title`} className="popover--term" closeLabel={t('close')}>
            <p className="popover-kind">{t(`termKinds.${entry.kind}`)}</p>
            <p className="popover-title" id={`${id}-title`}>
              <span className="gloss-de" lang="de">
                {entry.headword.de}
              </span>
              <span className="gloss-en" lang="en">
                {entry.headword.en}
              </span>
            </p>
            <Prose markdown={entry.gloss.de} locale={locale} lang="de" className="gloss gloss-de" />
            <Prose markdown={entry.gloss.en} locale={locale} lang="en" className="gloss gloss-en" />
            <p className="popover-link">
              <a href={paths.entry(locale, entry.id)}>{t('inRegister')}</a>
            </p>
          </Popover>
        );
      })}
    </div>
  );
}
