import type { Metadata } from 'next';
import { GlossSwitch } from '@/components/GlossSwitch';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { annotationIds } from '@/components/annotation-ids';
import { Prose } from '@/components/Prose';
import { PageMetadata } from '@/components/CitationMeta';
import { SiteHeader } from '@/components/SiteHeader';
import { editorialPageMetadata } from '@/lib/citation/metadata';
import type { Locale } from '@/i18n/routing';
import { entriesByKind, registerOf, type Occurrence } from '@/lib/annotations/register';
import { blockNumber, Reference } from '@/lib/citation/reference';
import type { termKinds, GlossaryEntry } from '@/lib/content/schema';
import { editionUrl, getEdition, pageAlternates } from '@/lib/edition';
import { paths } from '@/lib/routes';

interface GlossaryPageProps {
  params: Promise<{ locale: Locale }>;
}

/** The register groups people and places first: what a reader of these texts looks up most. */
const kindOrder = ['person', 'place', 'organisation', 'company', 'event', 'term', 'currency', 'publication'] as const satisfies readonly (typeof termKinds)[number][];

export async function generateMetadata({ params }: GlossaryPageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Register' });
  return {
    title: t('title'),
    description: t('intro'),
    ...pageAlternates(locale, paths.glossary),
  };
}

async function Occurrences({ occurrences, locale }: { occurrences: Occurrence[]; locale: Locale }) {
  const languages = await getTranslations({ locale, namespace: 'Languages' });
  const { texts } = getEdition();
  const groups = texts.flatMap((text) =>
    (['de', 'en'] as const).map((lang) => ({ text, lang, items: occurrences.filter((item) => item.text === text.slug && item.lang === lang) })),
  );
  return (
    <dl className="occurrences">
      {groups
        .filter((group) => group.items.length > 0)
        .map(({ text, lang, items }) => (
          <div key={`${text.slug}-${lang}`}>
            <dt>
              <cite lang={text.meta.title[lang] ? lang : 'de'}>{text.meta.title[lang] ?? text.meta.title.de}</cite> · {languages(lang)}
            </dt>
            <dd>
              <ul>
                {items.map((item, index) => (
                  <li key={`${item.block}-${index}`}>
                    <a href={Reference.block(text.slug, item.block).href(locale)}>¶ {blockNumber(item.block)}</a>{' '}
                    <span lang={lang} className="excerpt">
                      {item.excerpt.before}
                      <mark>{item.excerpt.match}</mark>
                      {item.excerpt.after}
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
    </dl>
  );
}

async function Entry({ entry, occurrences, locale }: { entry: GlossaryEntry; occurrences: Occurrence[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Register' });
  const annotations = await getTranslations({ locale, namespace: 'Annotations' });
  const { glossary } = getEdition();
  const other = locale === 'de' ? 'en' : 'de';
  const id = annotationIds.entry(entry.id);
  const forms = [...new Set([...entry.forms.de, ...entry.forms.en])];
  return (
    <section id={id} className="register-entry" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {entry.headword[locale]}
        {entry.headword[other] !== entry.headword[locale] ? (
          <span className="headword-other" lang={other}>
            {' · '}
            {entry.headword[other]}
          </span>
        ) : null}
      </h3>
      {forms.length > 0 ? (
        <p className="entry-forms">
          <span className="label">{t('forms')}:</span> {forms.join(', ')}
        </p>
      ) : null}
      {entry.aka.length > 0 ? (
        <p className="entry-forms">
          <span className="label">{t('aka')}:</span> {entry.aka.join(', ')}
        </p>
      ) : null}
      <Prose markdown={entry.gloss.de} locale={locale} lang="de" className="gloss gloss-de" />
      <Prose markdown={entry.gloss.en} locale={locale} lang="en" className="gloss gloss-en" />
      {entry.related.length > 0 ? (
        <p className="entry-related">
          <span className="label">{annotations('related')}:</span>{' '}
          {entry.related.map((related, index) => {
            const target = glossary.find((candidate) => candidate.id === related);
            return (
              <span key={related}>
                {index > 0 ? ', ' : null}
                <a href={`#${annotationIds.entry(related)}`}>{target?.headword[locale] ?? related}</a>
              </span>
            );
          })}
        </p>
      ) : null}
      <details className="entry-occurrences" open={occurrences.length <= 12}>
        <summary>{t('occurrences', { count: occurrences.length })}</summary>
        {occurrences.length > 0 ? <Occurrences occurrences={occurrences} locale={locale} /> : <p>{t('none')}</p>}
      </details>
    </section>
  );
}

export default async function GlossaryPage({ params }: GlossaryPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Register' });
  const annotations = await getTranslations({ locale, namespace: 'Annotations' });
  const edition = getEdition();
  const register = registerOf(edition);
  const groups = entriesByKind(edition.glossary, locale, kindOrder);
  return (
    <>
      <SiteHeader locale={locale} alternates={{ de: paths.glossary('de'), en: paths.glossary('en') }} />
      <PageMetadata metadata={editorialPageMetadata(getEdition().meta, { title: t('title'), locale, path: paths.glossary(locale), alternates: { de: paths.glossary('de'), en: paths.glossary('en') }, url: editionUrl() })} />
      <main id="main" className="register">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <GlossSwitch locale={locale} />
        <nav aria-label={t('contents')} className="register-contents">
          <ul>
            {groups.map((group) => (
              <li key={group.kind}>
                <a href={`#kind-${group.kind}`}>{annotations(`termKindsPlural.${group.kind}`)}</a> ({group.entries.length})
              </li>
            ))}
          </ul>
        </nav>
        {groups.map((group) => (
          <section key={group.kind} id={`kind-${group.kind}`} aria-labelledby={`kind-${group.kind}-title`} className="register-kind">
            <h2 id={`kind-${group.kind}-title`}>{annotations(`termKindsPlural.${group.kind}`)}</h2>
            {group.entries.map((entry) => (
              <Entry key={entry.id} entry={entry} occurrences={register.get(entry.id) ?? []} locale={locale} />
            ))}
          </section>
        ))}
      </main>
    </>
  );
}
