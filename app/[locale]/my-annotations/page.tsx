import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ReadingLayerData } from '@/components/ReadingLayerData';
import { SiteHeader } from '@/components/SiteHeader';
import { myAnnotationsId } from '@/contract/reading';
import type { Locale } from '@/i18n/routing';
import { Reference } from '@/contract/reference';
import { editionUrl, getTexts, pageAlternates } from '@/lib/edition';
import { inEveryLanguage, paths } from '@/contract/routes';

interface MyAnnotationsPageProps {
  params: Promise<{ locale: Locale }>;
}

export async function generateMetadata({ params }: MyAnnotationsPageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Reading' });
  return {
    title: t('title'),
    robots: { index: false },
    ...pageAlternates(locale, paths.myAnnotations),
  };
}

/** The reader's own highlights and notes: a shell that the reading layer fills from this browser's storage. */
export default async function MyAnnotationsPage({ params }: MyAnnotationsPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Reading' });
  const texts = getTexts().map((text) => ({ slug: text.slug, title: text.meta.title[locale] ?? text.meta.title.de, url: new Reference(text.slug).href(locale) }));
  return (
    <>
      <SiteHeader locale={locale} alternates={inEveryLanguage(paths.myAnnotations)} />
      <main id="main" className="my-annotations">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <noscript>
          <p className="notice">{t('noScript')}</p>
        </noscript>
        <div id={myAnnotationsId} aria-live="polite" />
        <ReadingLayerData locale={locale} texts={texts} origin={editionUrl()?.origin} />
      </main>
    </>
  );
}
