import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { paths } from '@/contract/routes';
import { searchIds } from '@/contract/search';
import { otherLanguage } from '@/contract/languages';
import { languageSwitchClass } from '@/contract/reader';

interface SiteHeaderProps {
  locale: Locale;
  /** The same page in each interface language, for the language switch. */
  alternates: Record<Locale, string>;
  /** The small search form (a GET to the search page; works without JavaScript). Off on the search page itself. */
  searchField?: boolean;
}

export async function SiteHeader({ locale, alternates, searchField = true }: SiteHeaderProps) {
  const t = await getTranslations({ locale, namespace: 'Nav' });
  const search = await getTranslations({ locale, namespace: 'Search' });
  const edition = await getTranslations({ locale, namespace: 'Edition' });
  const other: Locale = otherLanguage(locale);
  return (
    <header className="site-header">
      <a className="site-title" href={paths.library(locale)}>
        {edition('title')} <span className="site-subtitle">{edition('subtitle')}</span>
      </a>
      <nav aria-label={t('label')}>
        <ul>
          <li>
            <a href={paths.library(locale)}>{t('library')}</a>
          </li>
          <li>
            <a href={paths.glossary(locale)}>{t('glossary')}</a>
          </li>
          <li>
            <a href={paths.sources(locale)}>{t('sources')}</a>
          </li>
          <li>
            <a href={paths.search(locale)}>{search('nav')}</a>
          </li>
          <li>
            <a href={paths.about(locale)}>{t('about')}</a>
          </li>
          <li>
            <a href={alternates[other]} hrefLang={other} lang={other} className={languageSwitchClass} aria-label={t('switchLanguage')}>
              {t('inOtherLanguage')}
            </a>
          </li>
        </ul>
      </nav>
      {searchField ? (
        <form role="search" method="get" action={paths.search(locale)} className="site-search" aria-label={search('header')}>
          <label htmlFor={searchIds.siteQuery} className="visually-hidden">
            {search('header')}
          </label>
          <input type="search" id={searchIds.siteQuery} name="q" autoComplete="off" placeholder={search('headerPlaceholder')} />
          <button type="submit">{search('submit')}</button>
        </form>
      ) : null}
    </header>
  );
}
