import type { Element } from 'hast';
import type { Components } from 'hast-util-to-jsx-runtime';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { Language } from '@/lib/content/model';
import { softHyphens } from '@/lib/render/soft-hyphens';
import { unmarkedAsText } from '@/lib/render/unmarked-as-text';
import { hastToReact } from '@/lib/render/hast-to-react';
import { noteAnchor, notesPagePath, readerClasses } from '@/contract/reader';
import { entryHref } from '@/lib/routes';
import type { MarkMode } from '@/contract/reader';

interface AnnotatedContentProps {
  element: Element;
  locale: Locale;
  lang: Language;
  slug: string;
  /** Whether this cell's note markers carry the notes' anchors (`#note-<id>`): one cell per row does. */
  anchorsNotes: boolean;
  /** A note marker's content: its number, named by a visually hidden word (“Note 12”). */
  noteLabel: (number: string) => ReactNode;
  /** `every`: the occurrences the policy leaves unmarked are links too, as “Mark every name” adds them (`term--added`). */
  marks: MarkMode;
}

/**
 * A block's marked-up content as React elements: a marked glossary term (`data-marked`, chosen by the
 * entry's marking policy) becomes a link to its register entry, which the script opens as the term's
 * popover instead; every other occurrence stays plain text, neither an element nor a tab stop (the ¶
 * panel and “Mark every name” reach it); an editor's note, a marked span with a numbered marker that
 * links to the note on the text's notes page, which the script opens as the note's popover instead.
 */
export function annotatedContent({ element, locale, lang, slug, anchorsNotes, noteLabel, marks }: AnnotatedContentProps): ReactNode {
  // Called as a function, not rendered as a component: a component that ends in text makes React
  // write `<!-- -->` after it, once per cell.
  const components: Partial<Components> = {
    span: ({ children, ...props }: { children?: ReactNode; [key: string]: unknown }) => {
      const term = props['data-term'];
      const note = props['data-note'];
      if (typeof term === 'string') {
        const added = props['data-marked'] === undefined;
        return (
          <a className={added ? `${readerClasses.term} ${readerClasses.addedTerm}` : readerClasses.term} href={entryHref(locale, term)}>
            {children}
          </a>
        );
      }
      if (typeof note === 'string') {
        return (
          // Its marker follows it and names the note: no id here (a few hundred bytes a page).
          <span className={readerClasses.noteRef}>{children}</span>
        );
      }
      return <span className={typeof props.className === 'string' ? props.className : undefined}>{children}</span>;
    },
    sup: ({ children, ...props }: { children?: ReactNode; [key: string]: unknown }) => {
      const note = props['data-note-marker'];
      if (typeof note !== 'string') return <sup>{children}</sup>;
      // A link: inline, so no line break parts it from its word; without the script it leads to the
      // note on the notes page. It is also the note's anchor on this page (`#note-<id>`, which the
      // bibliography and the register link to), in one cell of the row, as ids are unique.
      return (
        <a className={readerClasses.noteMarker} href={`${notesPagePath(locale, slug)}#${noteAnchor(note)}`} id={anchorsNotes ? noteAnchor(note) : undefined}>
          {noteLabel(String(children))}
        </a>
      );
    },
  };
  // A marked name is an inline link, so a line never breaks between it and a touching bracket, quote
  // or stop (a button was an unbreakable box, which needed them bound to it in a nowrap span).
  const plain = marks === 'every' ? element : unmarkedAsText(element);
  const prepared = lang === 'de' ? softHyphens(plain) : plain;
  return hastToReact({ type: 'root', children: prepared.children }, components);
}
