import type { Metadata } from 'next';
import type { Locale } from '@/i18n/routing';
import { Reference } from '@/contract/reference';
import { getTexts } from '@/lib/edition';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import { paths } from '@/contract/routes';

/**
 * `/offline`: what the service worker shows, with the network off, for an address it has not kept
 * (scripts/build-offline.ts). It cannot know the reader's language, so it speaks both, like the 404
 * page, and links to the pages that are kept.
 */
export const metadata: Metadata = {
  title: `${de.Offline.pageMetaTitle} / ${en.Offline.pageMetaTitle}`,
  robots: { index: false },
  icons: { icon: '/favicon.svg' },
};

const messages = { de, en } as const;

function Available({ locale }: { locale: Locale }) {
  const m = messages[locale];
  return (
    <ul>
      <li>
        <a href={paths.library(locale)}>{m.Nav.library}</a>
      </li>
      {getTexts().map((text) => (
        <li key={text.slug}>
          <a href={new Reference(text.slug).href(locale)} lang={text.meta.title[locale] ? undefined : 'de'}>
            {text.meta.title[locale] ?? text.meta.title.de}
          </a>
        </li>
      ))}
      <li>
        <a href={paths.glossary(locale)}>{m.Nav.glossary}</a>
      </li>
      <li>
        <a href={paths.search(locale)}>{m.Search.title}</a>
      </li>
      <li>
        <a href={paths.about(locale)}>{m.Nav.about}</a>
      </li>
    </ul>
  );
}

export default function OfflinePage() {
  return (
    <html lang="de">
      <body className="not-found-page">
        <main id="main" className="not-found">
          <section aria-labelledby="offline-de">
            <h1 id="offline-de">{de.Offline.pageTitle}</h1>
            <p>{de.Offline.pageBody}</p>
            <Available locale="de" />
          </section>
          <section lang="en" aria-labelledby="offline-en">
            <h2 id="offline-en">{en.Offline.pageTitle}</h2>
            <p>{en.Offline.pageBody}</p>
            <Available locale="en" />
          </section>
        </main>
      </body>
    </html>
  );
}
