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

interface ProseParagraphProps extends ProseProps {
  /** A label the stylesheet shows before the text (the popover's kind line), in the prose's language. */
  label?: string;
}

/**
 * Short editorial Markdown (a gloss, a note body) as one `<p>` when it is one paragraph, which it
 * nearly always is: a page holds a hundred of these, and every wrapper element counts.
 */
export function ProseParagraph({ markdown, locale, lang, className, label }: ProseParagraphProps) {
  const tree = proseToHast(markdown, locale);
  const blocks = tree.children.filter((node) => node.type === 'element');
  const [only] = blocks;
  if (blocks.length !== 1 || only?.type !== 'element' || only.tagName !== 'p') {
    return (
      <div className={className} lang={lang} data-label={label}>
        {hastToReact(tree)}
      </div>
    );
  }
  return (
    <p className={className} lang={lang} data-label={label}>
      {hastToReact({ type: 'root', children: only.children })}
    </p>
  );
}
