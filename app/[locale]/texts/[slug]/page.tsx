import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Prose } from '@/components/Prose';
import { SiteHeader } from '@/components/SiteHeader';
import { TextHeader } from '@/components/TextHeader';
import { TextRows } from '@/components/TextRows';
import { routing, type Locale } from '@/i18n/routing';
import { Reference } from '@/lib/citation/reference';
import { findText, getTexts } from '@/lib/edition';

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
    alternates: {
      canonical: new Reference(slug).href(locale),
      languages: Object.fromEntries(routing.locales.map((lang) => [lang, new Reference(slug).href(lang)])),
    },
  };
}

export default async function TextPage({ params }: TextPageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const text = findText(slug);
  if (!text) notFound();
  const t = await getTranslations({ locale, namespace: 'Text' });
  const reference = new Reference(slug);
  return (
    <>
      <SiteHeader locale={locale} alternates={{ de: reference.href('de'), en: reference.href('en') }} />
      <main id="main">
        <article className="text" aria-labelledby="text-title">
          <TextHeader text={text} locale={locale} />
          <TextRows text={text} locale={locale} />
          <section className="text-notes" aria-labelledby="edition-notes">
            <h2 id="edition-notes">{t('editionNotes')}</h2>
            <Prose markdown={text.meta.editionNotes[locale]} />
            <h3>{t('rights')}</h3>
            <p>{text.meta.rights[locale]}</p>
          </section>
        </article>
      </main>
    </>
  );
}
