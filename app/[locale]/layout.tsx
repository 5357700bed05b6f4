import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { preload } from 'react-dom';
import { SiteFooter } from '@/components/SiteFooter';
import { routing, type Locale } from '@/i18n/routing';
import { initScript } from '@/lib/page-data/init-script';
import { editionUrl } from '@/lib/edition';
import { paths } from '@/contract/routes';

interface LocaleLayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export const dynamicParams = false;

/** The body text's regular and semibold faces, needed for the first paint of every page. */
const preloadedFonts = ['/fonts/source-serif-4-latin-400-normal.woff2', '/fonts/source-serif-4-latin-600-normal.woff2'];

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LocaleLayoutProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Edition' });
  return {
    metadataBase: editionUrl() ?? null,
    title: { default: `${t('title')} – ${t('subtitle')}`, template: `%s – ${t('title')}` },
    icons: { icon: '/favicon.svg' },
    manifest: paths.manifest(locale as Locale),
  };
}

export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Nav' });
  // React emits a preload once per document; a <link rel="preload"> in the head was written twice (ours and React's hint).
  for (const font of preloadedFonts) preload(font, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  return (
    <html lang={locale}>
      <head>
        <script data-edition="init" dangerouslySetInnerHTML={{ __html: initScript }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('skip')}
        </a>
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
