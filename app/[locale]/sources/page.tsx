import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Bibliography } from '@/components/Bibliography';
import { SiteHeader } from '@/components/SiteHeader';
import type { Locale } from '@/i18n/routing';
import { bibliographyOf } from '@/lib/annotations/sources';
import { getEdition, pageAlternates } from '@/lib/edition';
import { inEveryLanguage, paths } from '@/contract/routes';

interface SourcesPageProps {
  params: Promise<{ locale: Locale }>;
}

export async function generateMetadata({ params }: SourcesPageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Sources' });
  return {
    title: t('title'),
    description: t('intro'),
    ...pageAlternates(locale, paths.sources),
  };
}

/** The sources page: every work the notes and the glossary cite, as a bibliography. */
export default async function SourcesPage({ params }: SourcesPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Sources' });
  const edition = getEdition();
  const works = bibliographyOf(edition, locale);
  return (
    <>
      <SiteHeader locale={locale} alternates={inEveryLanguage(paths.sources)} />
      <main id="main" className="sources">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <p className="lead">
          {t('count', { count: works.length, verified: works.filter((work) => work.verified).length })} · {t('data')} <a href={paths.api.sources()}>{paths.api.sources()}</a>
        </p>
        <Bibliography works={works} edition={edition} locale={locale} />
      </main>
    </>
  );
}
