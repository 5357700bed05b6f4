import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageMetadata } from '@/components/CitationMeta';
import { NotesPage } from '@/components/NotesPage';
import { SiteHeader } from '@/components/SiteHeader';
import { notesPagePath } from '@/contract/reader';
import type { Locale } from '@/i18n/routing';
import { annotateText } from '@/lib/annotations/annotate-text';
import { editorialPageMetadata } from '@/lib/citation/metadata';
import { editionUrl, findText, getEdition, getTexts, pageAlternates } from '@/lib/edition';
import '../../../../register.css';

interface NotesPageProps {
  params: Promise<{ locale: Locale; slug: string }>;
}

export const dynamicParams = false;

/** Only texts with notes have a notes page. */
export function generateStaticParams() {
  return getTexts()
    .filter((text) => text.notes.length > 0)
    .map((text) => ({ slug: text.slug }));
}

async function pageTitle(locale: Locale, slug: string): Promise<string | undefined> {
  const text = findText(slug);
  if (!text) return undefined;
  const t = await getTranslations({ locale, namespace: 'Notes' });
  return t('title', { title: text.meta.title[locale] ?? text.meta.title.de });
}

export async function generateMetadata({ params }: NotesPageProps): Promise<Metadata> {
  const { locale, slug } = await params;
  const title = await pageTitle(locale, slug);
  if (!title) return {};
  const t = await getTranslations({ locale, namespace: 'Notes' });
  return { title, description: t('lead'), ...pageAlternates(locale, (lang) => notesPagePath(lang, slug)) };
}

export default async function TextNotesPage({ params }: NotesPageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const text = findText(slug);
  const title = await pageTitle(locale, slug);
  if (!text || !title || text.notes.length === 0) notFound();
  const edition = getEdition();
  const t = await getTranslations({ locale, namespace: 'Notes' });
  const url = editionUrl();
  const metadata = editorialPageMetadata(edition.meta, {
    title,
    locale,
    path: notesPagePath(locale, slug),
    description: t('lead'),
    ...(url ? { url } : {}),
  });
  return (
    <>
      <SiteHeader locale={locale} alternates={{ de: notesPagePath('de', slug), en: notesPagePath('en', slug) }} />
      <PageMetadata metadata={metadata} />
      <NotesPage text={text} notes={annotateText(text, edition.glossary).notes} locale={locale} />
    </>
  );
}
