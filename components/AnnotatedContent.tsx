import type { Element } from 'hast';
import type { Components } from 'hast-util-to-jsx-runtime';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { Language } from '@/lib/content/model';
import { bindPunctuation } from '@/lib/render/bind-punctuation';
import { softHyphens } from '@/lib/render/soft-hyphens';
import { hastToReact } from '@/lib/render/hast-to-react';
import { annotationIds } from './annotation-ids';

/**
 * A block's marked-up content as React elements: a marked glossary term (`data-marked`, chosen by the
 * entry's marking policy) becomes a button that opens the term's popover; every other occurrence stays
 * plain text, neither an element nor a tab stop (the ¶ panel and “Mark every name” reach it); editor's
 * notes a marked span with a numbered marker that opens the note (its popover with the script, the
 * note as `:target` without).
 */
export async function AnnotatedContent({ element, locale, lang }: { element: Element; locale: Locale; lang: Language }) {
  const t = await getTranslations({ locale, namespace: 'Annotations' });
  const components: Partial<Components> = {
    span: ({ children, ...props }: { children?: ReactNode; [key: string]: unknown }) => {
      const term = props['data-term'];
      const note = props['data-note'];
      if (typeof term === 'string') {
        if (props['data-marked'] === undefined) return <>{children}</>;
        return (
          <button type="button" className="term" data-term={term} popoverTarget={annotationIds.termPopover(term)}>
            {children}
          </button>
        );
      }
      if (typeof note === 'string') {
        return (
          <span className="note-ref" data-note={note}>
            {children}
          </span>
        );
      }
      return <span className={typeof props.className === 'string' ? props.className : undefined}>{children}</span>;
    },
    sup: ({ children, ...props }: { children?: ReactNode; [key: string]: unknown }) => {
      const note = props['data-note-marker'];
      if (typeof note !== 'string') return <sup>{children}</sup>;
      // A link, not a button: it is inline, so no line break parts it from its word; without the
      // script it shows the note (#note-<id>, :target), with it it opens the note's popover.
      return (
        <a className="note-marker" href={`#${annotationIds.note(note)}`} data-note={note} aria-label={t('note', { number: String(children) })}>
          {children}
        </a>
      );
    },
  };
  const prepared = bindPunctuation(lang === 'de' ? softHyphens(element) : element);
  return <>{hastToReact({ type: 'root', children: prepared.children }, components)}</>;
}
