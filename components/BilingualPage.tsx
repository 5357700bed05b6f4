import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { languages, type Language } from '@/contract/languages';
import de from '@/messages/de.json';
import en from '@/messages/en.json';

/**
 * The shell of the pages that cannot know the reader's language (the 404 page, the offline page):
 * a whole document that says the same in German, then in English, with the messages read directly
 * (outside the [locale] layout there is no next-intl request locale).
 */
export type PageMessages = typeof de;
const messages: Record<Language, PageMessages> = { de, en };

/** Metadata of such a page: both titles, never indexed. */
export function bilingualMetadata(title: (messages: PageMessages) => string): Metadata {
  return {
    title: languages.map((lang) => title(messages[lang])).join(' / '),
    robots: { index: false },
    icons: { icon: '/favicon.svg' },
  };
}

interface BilingualPageProps {
  /** Prefix of each section heading's id (`not-found` → `not-found-de`, `not-found-en`). */
  id: string;
  title: (messages: PageMessages) => string;
  /** What follows the heading in each language's section. */
  section: (lang: Language, messages: PageMessages) => ReactNode;
}

export function BilingualPage({ id, title, section }: BilingualPageProps) {
  const [first] = languages;
  return (
    <html lang={first}>
      <body className="not-found-page">
        <main id="main" className="not-found">
          {languages.map((lang) => {
            const Heading = lang === first ? 'h1' : 'h2';
            return (
              <section key={lang} lang={lang === first ? undefined : lang} aria-labelledby={`${id}-${lang}`}>
                <Heading id={`${id}-${lang}`}>{title(messages[lang])}</Heading>
                {section(lang, messages[lang])}
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
