import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Prose } from '@/components/Prose';
import { PageMetadata } from '@/components/CitationMeta';
import { OfflineControl } from '@/components/OfflineControl';
import { SiteHeader } from '@/components/SiteHeader';
import { editorialPageMetadata } from '@/lib/citation/metadata';
import type { Locale } from '@/i18n/routing';
import { Reference } from '@/contract/reference';
import { editionUrl, getEdition, pageAlternates } from '@/lib/edition';
import { displayName, joinNames } from '@/lib/format';
import { aboutTextId, inEveryLanguage, paths } from '@/contract/routes';

interface AboutPageProps {
  params: Promise<{ locale: Locale }>;
}

export async function generateMetadata({ params }: AboutPageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'About' });
  return {
    title: t('title'),
    ...pageAlternates(locale, paths.about),
  };
}

/** The edition notes: method, sources, what was left out, the translator's preface, how to cite. */
export default async function AboutPage({ params }: AboutPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'About' });
  const edition = getEdition();
  const { meta } = edition;
  return (
    <>
      <SiteHeader locale={locale} alternates={inEveryLanguage(paths.about)} />
      <PageMetadata metadata={editorialPageMetadata(getEdition().meta, { title: t('title'), locale, path: paths.about(locale), url: editionUrl() })} />
      <main id="main" className="about">
        <h1>{t('title')}</h1>
        <section aria-labelledby="about-method">
          <h2 id="about-method">{t('method')}</h2>
          <Prose markdown={meta.about[locale]} locale={locale} />
        </section>
        <section aria-labelledby="about-sources">
          <h2 id="about-sources">{t('sources')}</h2>
          {edition.texts.map((text) => (
            <article key={text.slug} aria-labelledby={aboutTextId(text.slug)} className="about-text">
              <h3 id={aboutTextId(text.slug)}>
                <a href={new Reference(text.slug).href(locale)} lang={text.meta.title[locale] ? locale : 'de'}>
                  {text.meta.title[locale] ?? text.meta.title.de}
                </a>
              </h3>
              <p className="byline">
                {joinNames(text.meta.authors.map(displayName), locale)} · {t('source', { file: text.meta.source.file })}
              </p>
              <Prose markdown={text.meta.editionNotes[locale]} locale={locale} />
              <p className="rights">
                <strong>{t('rights')}:</strong> {text.meta.rights[locale]}
              </p>
            </article>
          ))}
        </section>
        {meta.translatorsPreface ? (
          <section aria-labelledby="about-preface">
            <h2 id="about-preface">{t('preface')}</h2>
            <Prose markdown={meta.translatorsPreface[locale]} locale={locale} />
          </section>
        ) : null}
        <section aria-labelledby="about-cite">
          <h2 id="about-cite">{t('cite')}</h2>
          <Prose markdown={meta.howToCite[locale]} locale={locale} />
        </section>
        <section aria-labelledby="about-data">
          <h2 id="about-data">{t('data')}</h2>
          <p>
            <a href={paths.sources(locale)}>{t('sourcesPage')}</a>
          </p>
          <p>{t('dataBody')}</p>
          <ul>
            <li>
              <a href={paths.api.texts()}>{paths.api.texts()}</a>
            </li>
            {edition.texts.map((text) => (
              <li key={text.slug}>
                <a href={paths.api.text(text.slug)}>{paths.api.text(text.slug)}</a>
              </li>
            ))}
            <li>
              <a href={paths.api.glossary()}>{paths.api.glossary()}</a>
            </li>
            <li>
              <a href={paths.api.sources()}>{paths.api.sources()}</a>
            </li>
          </ul>
          <p className="byline">{t('fonts')}</p>
        </section>
        <OfflineControl locale={locale} />
      </main>
    </>
  );
}
