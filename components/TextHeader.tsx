import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { chain, versionDate } from '@/lib/citation/chain';
import type { Text } from '@/lib/content/model';
import { getEdition } from '@/lib/edition';
import { displayName, formatPartialDate, joinNames } from '@/lib/format';
import { languageCode } from '@/lib/languages';

/**
 * The text's metadata: title, authors, the original, every step of the translation chain (who
 * translated from which language into which, where and when if known) and the edition's own version.
 */
export async function TextHeader({ text, locale }: { text: Text; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Text' });
  const languageName = await getTranslations({ locale, namespace: 'Languages' });
  const edition = getEdition().meta;
  const { meta } = text;
  const original = meta.published;
  const steps = chain(text, edition, locale);
  return (
    <header className="text-header">
      <h1 id="text-title" lang="de">
        {meta.title.de}
      </h1>
      {meta.title.en ? (
        <p className="text-title-translation" lang="en">
          {meta.title.en}
        </p>
      ) : null}
      <dl className="text-meta">
        <div>
          <dt>{t('authors')}</dt>
          <dd>
            {joinNames(
              meta.authors.map((author) => (author.affiliation ? `${displayName(author)} (${author.affiliation[locale]})` : displayName(author))),
              locale,
            )}
          </dd>
        </div>
        <div data-chain="original">
          <dt>{t('original', { language: languageName(languageCode(original.language)) })}</dt>
          <dd>
            {original.title ? <cite lang={original.language}>{original.title}</cite> : null}
            {original.title ? ', ' : null}
            {original.url ? (
              <a href={original.url} rel="noopener noreferrer">
                {original.container}
              </a>
            ) : (
              <cite>{original.container}</cite>
            )}
            {[original.publisher, original.place].filter(Boolean).map((part) => `, ${part}`)}, {original.issue ?? formatPartialDate(original.date, locale)}
          </dd>
        </div>
        {steps.length > 0 ? (
          <div data-chain="steps">
            <dt>{t('chain')}</dt>
            <dd>
              <ol className="translation-chain">
                {steps.map((step) => (
                  <li key={`${step.from}-${step.into}`} data-chain-step={`${step.from}-${step.into}`}>
                    {t('translatedBy', {
                      from: languageName(languageCode(step.from)),
                      to: languageName(languageCode(step.into)),
                      names: joinNames(step.translators.map(displayName), locale),
                    })}
                    {step.byEdition
                      ? ` (${t('thisEdition')}, ${step.date ?? versionDate(edition)})`
                      : [step.publishedIn, step.date ? formatPartialDate(step.date, locale) : undefined].filter(Boolean).map((part) => `, ${part}`)}
                  </li>
                ))}
              </ol>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('editionVersion')}</dt>
          <dd>
            {edition.editors[locale]}, {versionDate(edition)}
          </dd>
        </div>
      </dl>
    </header>
  );
}
