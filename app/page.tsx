import type { Metadata } from 'next';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import { paths } from '@/contract/routes';
import { editionUrl, rootAlternates } from '@/lib/edition';

/**
 * `/`: a real static page, readable without JavaScript: it offers both languages and sends the
 * reader on to the German edition by a meta refresh. A one-line script sends readers whose browser
 * prefers English to /en first.
 */
export const metadata: Metadata = {
  metadataBase: editionUrl() ?? null,
  title: de.Root.title,
  ...rootAlternates(),
  icons: { icon: '/favicon.svg' },
};

export const preferredLanguageScript = `if(/^en\\b/i.test(navigator.language||''))location.replace(${JSON.stringify(paths.library('en'))})`;

export default function RootPage() {
  return (
    <html lang="de">
      <head>
        <script data-edition="root" dangerouslySetInnerHTML={{ __html: preferredLanguageScript }} />
        <meta httpEquiv="refresh" content={`0; url=${paths.library('de')}`} />
      </head>
      <body className="root-page">
        <main id="main">
          <h1>{de.Root.title}</h1>
          <p lang="en">{en.Root.title}</p>
          <nav aria-label={`${de.Root.choose} / ${en.Root.choose}`}>
            <ul className="language-choice">
              <li>
                <a href={paths.library('de')} hrefLang="de" lang="de">
                  {de.Languages.de}
                </a>
              </li>
              <li>
                <a href={paths.library('en')} hrefLang="en" lang="en">
                  {en.Languages.en}
                </a>
              </li>
            </ul>
          </nav>
          <p>{de.Root.redirecting}</p>
        </main>
      </body>
    </html>
  );
}
