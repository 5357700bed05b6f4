/**
 * A note's sources as the editors cite them (author, title, publisher, date, address), in one line,
 * as hast: rendered by the notes page (components/NoteSources.tsx) and carried by the reader's
 * annotations file, so that both say it the same way.
 */
import type { Element, ElementContent } from 'hast';
import type { Locale } from '@/i18n/routing';
import type { Note } from '../content/schema';
import { formatPartialDate } from '../format';

export interface NoteSourcesLabels {
  /** “Sources” in each language, shown by the stylesheet in the gloss language. */
  sources: Record<'de' | 'en', string>;
  /** “not verified”, in the interface language. */
  unverified: string;
}

const text = (value: string): ElementContent => ({ type: 'text', value });

export function noteSourcesHast(note: Note, locale: Locale, labels: NoteSourcesLabels): Element | undefined {
  if (note.sources.length === 0) return undefined;
  const children: ElementContent[] = [];
  note.sources.forEach((source, index) => {
    if (index > 0) children.push(text('; '));
    if (source.author) children.push(text(`${source.author}: `));
    children.push(
      source.url
        ? { type: 'element', tagName: 'a', properties: { href: source.url, rel: ['noopener', 'noreferrer'] }, children: [text(source.title)] }
        : { type: 'element', tagName: 'cite', properties: {}, children: [text(source.title)] },
    );
    if (source.publisher) children.push(text(`, ${source.publisher}`));
    if (source.date) children.push(text(`, ${formatPartialDate(source.date, locale)}`));
    if (!source.verified)
      children.push(text(' '), { type: 'element', tagName: 'span', properties: { className: ['source-unverified'] }, children: [text(`(${labels.unverified})`)] });
  });
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['note-sources'], dataLabelDe: labels.sources.de, dataLabelEn: labels.sources.en },
    children,
  };
}
