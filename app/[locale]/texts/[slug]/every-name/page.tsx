import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ReaderPage } from '@/components/ReaderPage';
import type { Locale } from '@/i18n/routing';
import { Reference } from '@/contract/reference';
import { findText, getTexts, pageAlternates } from '@/lib/edition';

interface EveryNamePageProps {
  params: Promise<{ locale: Locale; slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getTexts().map((text) => ({ slug: text.slug }));
}

/** The same text as its reader page, which stays the one to cite and to find: its canonical address is the reader page's. */
export async function generateMetadata({ params }: EveryNamePageProps): Promise<Metadata> {
  const { locale, slug } = await params;
  const text = findText(slug);
  if (!text) return {};
  const t = await getTranslations({ locale, namespace: 'Reader' });
  return {
    title: t('everyNameTitle', { title: text.meta.title[locale] ?? text.meta.title.de }),
    description: text.meta.summary[locale],
    // A second view of the same page: search engines should find the reader page, not this one.
    robots: { index: false, follow: true },
    ...pageAlternates(locale, (lang) => new Reference(slug).href(lang)),
  };
}

export default async function EveryNamePage({ params }: EveryNamePageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const text = findText(slug);
  if (!text) notFound();
  return <ReaderPage text={text} locale={locale} marks="every" />;
}
