import { BilingualPage, bilingualMetadata, type PageMessages } from '@/components/BilingualPage';
import type { Locale } from '@/i18n/routing';
import { Reference } from '@/contract/reference';
import { getTexts } from '@/lib/edition';
import { paths } from '@/contract/routes';

/**
 * `/offline`: what the service worker shows, with the network off, for an address it has not kept
 * (scripts/build-offline.ts). It cannot know the reader's language, so it speaks both, like the 404
 * page, and links to the pages that are kept.
 */
export const metadata = bilingualMetadata((m) => m.Offline.pageMetaTitle);

function Available({ locale, messages: m }: { locale: Locale; messages: PageMessages }) {
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
    <BilingualPage
      id="offline"
      title={(m) => m.Offline.pageTitle}
      section={(lang, m) => (
        <>
          <p>{m.Offline.pageBody}</p>
          <Available locale={lang} messages={m} />
        </>
      )}
    />
  );
}
