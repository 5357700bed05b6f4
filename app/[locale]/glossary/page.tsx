import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { normalise, namesOf } from '@/client/search-logic';
import { annotationIds } from '@/components/annotation-ids';
import { PageMetadata } from '@/components/CitationMeta';
import { SiteHeader } from '@/components/SiteHeader';
import type { Locale } from '@/i18n/routing';
import { entriesByKind } from '@/lib/annotations/register';
import { entriesByLetter, registerKindOrder, shortGloss } from '@/lib/annotations/register-index';
import { editorialPageMetadata } from '@/lib/citation/metadata';
import type { GlossaryEntry } from '@/lib/content/schema';
import { editionUrl, getEdition, pageAlternates } from '@/lib/edition';
import { entryHref, inEveryLanguage, paths } from '@/contract/routes';
import { registerFilterHooks, type RegisterFilterData } from '@/contract/register-filter';
import '../../register.css';

interface GlossaryPageProps {
  params: Promise<{ locale: Locale }>;
}

export async function generateMetadata({ params }: GlossaryPageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Register' });
  return {
    title: t('title'),
    description: t('intro'),
    ...pageAlternates(locale, paths.glossary),
  };
}

/** Every name of an entry, normalised, for the filter box: headwords, spellings, aka. */
function filterNames(entry: GlossaryEntry): string {
  return [...new Set(namesOf(entry).map(normalise))].join('|');
}

/** JSON for the filter script; `<` is escaped so that no string can close the script element. */
function serialise(data: RegisterFilterData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * The register's index: every entry on one line (headword, kind, the first sentence of its gloss),
 * A–Z and by kind; each line keeps the anchor `#entry-<id>` that older links point at, and its
 * headword links to the entry's own page. A filter box narrows the list (client/register-filter.ts);
 * without JavaScript the box stays hidden and the page is a plain index.
 */
export default async function GlossaryPage({ params }: GlossaryPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Register' });
  const annotations = await getTranslations({ locale, namespace: 'Annotations' });
  const { glossary, glossaryLock } = getEdition();
  // Released ids of merged or renamed entries keep their anchor, on the line of the entry that replaced them.
  const formerIds = Object.entries(glossaryLock.redirects);
  const letters = entriesByLetter(glossary, locale);
  const kinds = entriesByKind(glossary, locale, registerKindOrder);
  const data: RegisterFilterData = {
    total: glossary.length,
    messages: { none: t.raw('filterNone') as string, one: t.raw('filterOne') as string, other: t.raw('filterOther') as string },
  };
  return (
    <>
      <SiteHeader locale={locale} alternates={inEveryLanguage(paths.glossary)} />
      <PageMetadata
        metadata={editorialPageMetadata(getEdition().meta, {
          title: t('title'),
          locale,
          path: paths.glossary(locale),
          url: editionUrl(),
        })}
      />
      <main id="main" className="register register-index">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <nav aria-label={t('contents')} className={registerFilterHooks.hiddenWhileFiltering[1]}>
          <ul className="register-letters" aria-label={t('letters')}>
            {letters.map((group) => (
              <li key={group.letter}>
                <a href={`#letter-${group.letter}`}>{group.letter}</a>
              </li>
            ))}
          </ul>
          <ul className="register-kinds">
            {kinds.map((group) => (
              <li key={group.kind}>
                <a href={`#kind-${group.kind}`}>{annotations(`termKindsPlural.${group.kind}`)}</a> ({group.entries.length})
              </li>
            ))}
          </ul>
        </nav>
        <div className="register-filter" {...{ [registerFilterHooks.boxAttribute]: true }} hidden>
          <label htmlFor="register-filter-q">{t('filterLabel')}</label>
          <input type="search" id="register-filter-q" autoComplete="off" spellCheck={false} placeholder={t('filterPlaceholder')} aria-describedby="register-filter-status" />
          <p id="register-filter-status" className="register-filter-status" role="status" />
        </div>
        <section aria-labelledby="register-az" className="register-az">
          <h2 id="register-az">{t('azTitle')}</h2>
          {letters.map((group) => (
            <div key={group.letter} className={registerFilterHooks.letterClass}>
              <h3 id={`letter-${group.letter}`}>{group.letter}</h3>
              <ul className={registerFilterHooks.listClass}>
                {group.entries.map((entry) => (
                  <li key={entry.id} id={annotationIds.entry(entry.id)} data-names={filterNames(entry)}>
                    {formerIds
                      .filter(([, target]) => target === entry.id)
                      .map(([former]) => (
                        <span key={former} id={annotationIds.entry(former)} />
                      ))}
                    <a href={entryHref(locale, entry.id)}>{entry.headword[locale]}</a> <span className="register-kind">{annotations(`termKinds.${entry.kind}`)}</span>{' '}
                    <span className="register-gloss">{shortGloss(entry.gloss[locale], locale)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
        <section aria-labelledby="register-by-kind" className={registerFilterHooks.hiddenWhileFiltering[0]}>
          <h2 id="register-by-kind">{t('byKind')}</h2>
          {kinds.map((group) => (
            <section key={group.kind} id={`kind-${group.kind}`} aria-labelledby={`kind-${group.kind}-title`}>
              <h3 id={`kind-${group.kind}-title`}>{annotations(`termKindsPlural.${group.kind}`)}</h3>
              <ul className="register-compact">
                {group.entries.map((entry) => (
                  <li key={entry.id}>
                    <a href={entryHref(locale, entry.id)}>{entry.headword[locale]}</a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
        <script type="application/json" id={registerFilterHooks.dataId} data-edition="data" dangerouslySetInnerHTML={{ __html: serialise(data) }} />
        <script type="module" async src={paths.registerFilterScript()} data-edition="register" />
      </main>
    </>
  );
}
