import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OfflineControl } from '@/components/OfflineControl';
import { SiteHeader } from '@/components/SiteHeader';
import type { Locale } from '@/i18n/routing';
import { Reference } from '@/contract/reference';
import { getTexts, pageAlternates } from '@/lib/edition';
import { displayName, formatPartialDate, joinNames } from '@/lib/format';
import { inEveryLanguage, paths } from '@/contract/routes';

interface LibraryPageProps {
  params: Promise<{ locale: Locale }>;
}

export async function generateMetadata({ params }: LibraryPageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Library' });
  return {
    description: t('intro'),
    ...pageAlternates(locale, paths.library),
  };
}

export default async function LibraryPage({ params }: LibraryPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Library' });
  const languageName = await getTranslations({ locale, namespace: 'Languages' });
  const alternates = inEveryLanguage(paths.library);
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" className="library">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <ul className="text-list">
          {getTexts().map((text) => {
            const title = text.meta.title[locale] ?? text.meta.title.de;
            return (
              <li key={text.slug} className="text-card">
                <h2>
                  <a href={new Reference(text.slug).href(locale)} lang={text.meta.title[locale] ? locale : 'de'}>
                    {title}
                  </a>
                </h2>
                <p className="byline">
                  {t('by', { authors: joinNames(text.meta.authors.map(displayName), locale) })} · {t('published', { date: formatPartialDate(text.meta.published.date, locale) })}
                </p>
                <p>{text.meta.summary[locale]}</p>
                <p className="meta-line">
                  {t('languages', {
                    languages: joinNames(
                      text.meta.languages.map((lang) => languageName(lang)),
                      locale,
                    ),
                  })}{' '}
                  · {t('blocks', { count: text.versions[0]?.blocks.length ?? 0 })}
                </p>
              </li>
            );
          })}
        </ul>
        <OfflineControl locale={locale} />
      </main>
    </>
  );
}
