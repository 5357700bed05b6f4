import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/SiteHeader';
import type { Locale } from '@/i18n/routing';
import { entriesByKind, registerOf } from '@/lib/annotations/register';
import { registerKindOrder } from '@/lib/annotations/register-index';
import { getEdition, pageAlternates } from '@/lib/edition';
import { inEveryLanguage, paths } from '@/contract/routes';
import { searchFiltersClass, searchIds, searchLanguages, searchParams, type SearchData } from '@/contract/search';
import '../../search.css';

interface SearchPageProps {
  params: Promise<{ locale: Locale }>;
}

export async function generateMetadata({ params }: SearchPageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Search' });
  return {
    title: t('title'),
    description: t('intro'),
    ...pageAlternates(locale, paths.search),
  };
}

/** JSON for the search script; `<` is escaped so that no string can close the script element. */
function serialise(data: SearchData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * The search page. Without JavaScript it says so and points to the register; with it, client/search.ts
 * loads the index on first use and fills the results region.
 */
export default async function SearchPage({ params }: SearchPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const annotations = await getTranslations({ locale, namespace: 'Annotations' });
  const edition = getEdition();
  const register = registerOf(edition);
  const occurring = edition.glossary.filter((entry) => (register.get(entry.id)?.length ?? 0) > 0);
  // The entry filter lists people and places first, as the register does.
  const groups = entriesByKind(occurring, locale, registerKindOrder);
  const data: SearchData = {
    locale,
    texts: edition.texts.map((text) => ({ slug: text.slug, title: { de: text.meta.title.de, en: text.meta.title.en ?? text.meta.title.de } })),
    messages: {
      resultsOne: t.raw('resultsOne') as string,
      resultsOther: t.raw('resultsOther') as string,
      none: t.raw('none') as string,
      loading: t('loading'),
      failed: t('failed'),
      more: t('more'),
      result: t.raw('result') as string,
      entryKind: t('entryKind'),
      entryForms: t.raw('entryForms') as string,
      entryAka: t.raw('entryAka') as string,
      languages: { de: t('languages.de'), en: t('languages.en') },
    },
  };
  return (
    <>
      <SiteHeader locale={locale} alternates={inEveryLanguage(paths.search)} searchField={false} />
      <main id="main" className="search-page">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <div className="search-nojs">
          <p>{t('noscript')}</p>
          <p>
            <a href={paths.glossary(locale)}>{t('registerLink')}</a>
          </p>
        </div>
        <form role="search" method="get" action={paths.search(locale)} id={searchIds.form} className="search-form" aria-label={t('form')}>
          <div className="search-field">
            <label htmlFor={searchIds.query}>{t('label')}</label>
            <input
              type="search"
              id={searchIds.query}
              name={searchParams.query}
              autoComplete="off"
              spellCheck={false}
              placeholder={t('placeholder')}
              aria-describedby="search-shortcut"
            />
            <button type="submit">{t('submit')}</button>
          </div>
          <p id="search-shortcut" className="search-hint">
            {t('shortcut')}
          </p>
          <details className={searchFiltersClass}>
            <summary>{t('filters')}</summary>
            <div className="search-filter-fields">
              <div className="search-filter">
                <label htmlFor={searchIds.text}>{t('text')}</label>
                <select id={searchIds.text} name={searchParams.text} defaultValue="">
                  <option value="">{t('allTexts')}</option>
                  {edition.texts.map((text) => (
                    <option key={text.slug} value={text.slug}>
                      {text.meta.title[locale] ?? text.meta.title.de}
                    </option>
                  ))}
                </select>
              </div>
              <div className="search-filter">
                <label htmlFor={searchIds.language}>{t('language')}</label>
                <select id={searchIds.language} name={searchParams.language} defaultValue="">
                  <option value="">{t('allLanguages')}</option>
                  {searchLanguages.map((lang) => (
                    <option key={lang} value={lang}>
                      {t(`languages.${lang}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="search-filter">
                <label htmlFor={searchIds.term}>{t('term')}</label>
                <select id={searchIds.term} name={searchParams.term} defaultValue="">
                  <option value="">{t('allTerms')}</option>
                  {groups.map((group) => (
                    <optgroup key={group.kind} label={annotations(`termKindsPlural.${group.kind}`)}>
                      {group.entries.map((entry) => (
                        <option key={entry.id} value={entry.id}>
                          {entry.headword[locale]}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </div>
            </div>
          </details>
        </form>
        <section id={searchIds.results} className="search-region" aria-labelledby="search-results-title">
          <h2 id="search-results-title" className="visually-hidden">
            {t('results')}
          </h2>
          <p id={searchIds.status} className="search-status" role="status" aria-live="polite" />
        </section>
        <script type="application/json" id={searchIds.data} data-edition="data" dangerouslySetInnerHTML={{ __html: serialise(data) }} />
      </main>
    </>
  );
}
