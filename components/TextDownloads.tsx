import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Text } from '@/lib/content/model';
import { textExports } from '@/lib/export/catalogue';

/** The text's downloads: TEI, an EPUB per interface language, plain text and Markdown per version (lib/export/catalogue.ts). */
export async function TextDownloads({ text, locale }: { text: Text; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Export' });
  const languages = await getTranslations({ locale, namespace: 'Languages' });
  return (
    <section className="text-notes text-downloads" aria-labelledby="downloads">
      <h2 id="downloads">{t('title')}</h2>
      <ul>
        {textExports(text).map((file) => (
          <li key={file.url}>
            <a href={file.url} type={file.mediaType} hrefLang={file.format === 'epub' ? undefined : file.lang}>
              {file.lang ? t(file.format, { language: languages(file.lang) }) : t(file.format)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
