import type { Element } from 'hast';
import type { Components } from 'hast-util-to-jsx-runtime';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { hastToReact } from '@/lib/render/hast-to-react';
import { annotationIds } from './annotation-ids';

/**
 * A block's marked-up content as React elements: glossary terms become buttons that open the term's
 * popover, editor's notes a marked span with a numbered marker that opens the note's popover. Both
 * work without JavaScript (`popovertarget`).
 */
export async function AnnotatedContent({ element, locale }: { element: Element; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Annotations' });
  const components: Partial<Components> = {
    span: ({ children, ...props }: { children?: ReactNode; [key: string]: unknown }) => {
      const term = props['data-term'];
      const note = props['data-note'];
      if (typeof term === 'string') {
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
      return <span>{children}</span>;
    },
    sup: ({ children, ...props }: { children?: ReactNode; [key: string]: unknown }) => {
      const note = props['data-note-marker'];
      if (typeof note !== 'string') return <sup>{children}</sup>;
      return (
        <sup className="note-marker">
          <button type="button" data-note={note} popoverTarget={annotationIds.notePopover(note)} aria-label={t('note', { number: String(children) })}>
            {children}
          </button>
        </sup>
      );
    },
  };
  return <>{hastToReact({ type: 'root', children: element.children }, components)}</>;
}
