import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EntryCitationMeta } from '@/components/EntryCitationMeta';
import { EntryPage } from '@/components/EntryPage';
import { SiteHeader } from '@/components/SiteHeader';
import type { Locale } from '@/i18n/routing';
import { shortGloss } from '@/lib/annotations/register-index';
import { getEdition, pageAlternates } from '@/lib/edition';
import { entryHref, inEveryLanguage, paths } from '@/contract/routes';
import '../../../register.css';

interface EntryPageProps {
  params: Promise<{ locale: Locale; id: string }>;
}

export const dynamicParams = false;

/** Every entry, and every released id that now redirects (annotations/glossary.lock.yaml): its page keeps working. */
export function generateStaticParams() {
  const { glossary, glossaryLock } = getEdition();
  return [...glossary.map((entry) => entry.id), ...Object.keys(glossaryLock.redirects)].map((id) => ({ id }));
}

/** The entry an id names, and whether the id is a redirect to it. */
function resolve(id: string) {
  const { glossary, glossaryLock } = getEdition();
  const target = glossaryLock.redirects[id] ?? id;
  const entry = glossary.find((candidate) => candidate.id === target);
  return entry ? { entry, redirected: target !== id } : undefined;
}

export async function generateMetadata({ params }: EntryPageProps): Promise<Metadata> {
  const { locale, id } = await params;
  const found = resolve(id);
  if (!found) return {};
  const { entry, redirected } = found;
  return {
    title: entry.headword[locale],
    description: shortGloss(entry.gloss[locale], locale),
    // A released id's page is canonical to the entry it now names.
    ...pageAlternates(locale, (lang) => entryHref(lang, entry.id)),
    ...(redirected ? { robots: { index: false } } : {}),
  };
}

export default async function GlossaryEntryPage({ params }: EntryPageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const found = resolve(id);
  if (!found) notFound();
  const { entry, redirected } = found;
  const t = await getTranslations({ locale, namespace: 'Register' });
  const alternates = inEveryLanguage((lang) => entryHref(lang, id));
  if (redirected) {
    // A released id of an entry that was merged or renamed: a static page that sends the reader on.
    const target = entryHref(locale, entry.id);
    return (
      <>
        <meta httpEquiv="refresh" content={`0; url=${target}`} />
        <SiteHeader locale={locale} alternates={alternates} />
        <main id="main" className="register">
          <h1>{t('redirectTitle')}</h1>
          <p>{t('redirectText', { old: id, headword: entry.headword[locale] })}</p>
          <p>
            <a href={target}>{entry.headword[locale]}</a> · <a href={paths.glossary(locale)}>{t('allEntries')}</a>
          </p>
        </main>
      </>
    );
  }
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <EntryCitationMeta entry={entry} locale={locale} registerTitle={t('title')} description={shortGloss(entry.gloss[locale], locale)} />
      <EntryPage entry={entry} locale={locale} />
    </>
  );
}
