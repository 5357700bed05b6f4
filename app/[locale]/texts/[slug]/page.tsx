import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ReaderPage } from '@/components/ReaderPage';
import type { Locale } from '@/i18n/routing';
import { Reference } from '@/contract/reference';
import { findText, getTexts, pageAlternates } from '@/lib/edition';

interface TextPageProps {
  params: Promise<{ locale: Locale; slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getTexts().map((text) => ({ slug: text.slug }));
}

export async function generateMetadata({ params }: TextPageProps): Promise<Metadata> {
  const { locale, slug } = await params;
  const text = findText(slug);
  if (!text) return {};
  return {
    title: text.meta.title[locale] ?? text.meta.title.de,
    description: text.meta.summary[locale],
    ...pageAlternates(locale, (lang) => new Reference(slug).href(lang)),
  };
}

export default async function TextPage({ params }: TextPageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const text = findText(slug);
  if (!text) notFound();
  return <ReaderPage text={text} locale={locale} marks="first" />;
}
