import type { Metadata } from 'next';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import { paths } from '@/contract/routes';

/**
 * The 404 page of the whole export. A static host cannot know the reader's language, so the page
 * speaks both and links to both start pages.
 */
export const metadata: Metadata = {
  title: `${de.NotFound.title} / ${en.NotFound.title}`,
  robots: { index: false },
  icons: { icon: '/favicon.svg' },
};

export default function NotFound() {
  return (
    <html lang="de">
      <body className="not-found-page">
        <main id="main" className="not-found">
          <section aria-labelledby="not-found-de">
            <h1 id="not-found-de">{de.NotFound.title}</h1>
            <p>{de.NotFound.body}</p>
            <p>
              <a href={paths.library('de')}>{de.NotFound.home}</a>
            </p>
          </section>
          <section lang="en" aria-labelledby="not-found-en">
            <h2 id="not-found-en">{en.NotFound.title}</h2>
            <p>{en.NotFound.body}</p>
            <p>
              <a href={paths.library('en')}>{en.NotFound.home}</a>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
