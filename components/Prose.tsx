import type { Locale } from '@/i18n/routing';
import { proseToHast } from '@/lib/markdown/prose-to-hast';
import { hastToReact } from '@/lib/render/hast-to-react';

interface ProseProps {
  markdown: string;
  /** The interface language: internal links point into it. */
  locale: Locale;
  /** The language the prose is written in, when it differs from the page's. */
  lang?: string;
  className?: string;
}

/** Editorial Markdown (edition notes, note bodies, glosses), sanitised and rendered as React elements. */
export function Prose({ markdown, locale, lang, className = 'prose' }: ProseProps) {
  return (
    <div className={className} lang={lang}>
      {hastToReact(proseToHast(markdown, locale))}
    </div>
  );
}
