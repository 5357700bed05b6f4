import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Text } from '@/lib/content/model';
import { displayName, formatPartialDate, joinNames } from '@/lib/format';
import { languageCode } from '@/lib/languages';

/** The text's metadata: title, authors, translators, first publication, original language. */
export async function TextHeader({ text, locale }: { text: Text; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Text' });
  const languageName = await getTranslations({ locale, namespace: 'Languages' });
  const { meta } = text;
  const published = meta.published;
  const translationLanguages = [...new Set(meta.translators.map((translator) => translator.into))];
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
              meta.authors.map((author) =>
                author.affiliation ? `${displayName(author)} (${author.affiliation[locale]})` : displayName(author),
              ),
              locale,
            )}
          </dd>
        </div>
        {translationLanguages.map((language) => (
          <div key={language}>
            <dt>{t(`translatorsInto.${language}`)}</dt>
            <dd>
              {joinNames(
                meta.translators.filter((translator) => translator.into === language).map(displayName),
                locale,
              )}
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('firstPublished')}</dt>
          <dd>
            {published.url ? (
              <a href={published.url} rel="noopener noreferrer">
                {published.container}
              </a>
            ) : (
              <cite>{published.container}</cite>
            )}
            , {published.issue ?? formatPartialDate(published.date, locale)} (
            {languageName(languageCode(published.language))})
          </dd>
        </div>
        <div>
          <dt>{t('originalLanguage')}</dt>
          <dd>{languageName(languageCode(meta.originalLanguage))}</dd>
        </div>
      </dl>
    </header>
  );
}
