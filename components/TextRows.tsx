import { getTranslations } from 'next-intl/server';
import { createElement } from 'react';
import type { Locale } from '@/i18n/routing';
import type { AnnotatedText } from '@/lib/annotations/annotate-text';
import { blockNumber } from '@/contract/reference';
import type { Text } from '@/lib/content/model';
import { rowClasses } from '@/contract/reader';
import { textRows, type Row } from '@/lib/render/text-rows';
import type { MarkMode } from '@/contract/reader';
import { annotatedContent } from './AnnotatedContent';

/** A heading row holds a heading in every language; paragraphs and list items hold a paragraph. */
function contentTag(row: Row): string {
  return row.kind === 'heading' ? `h${row.depth ?? 2}` : 'p';
}

/** Released ids that now live in this row: an anchor for each, so that old links land here even without JavaScript. */
function redirectsInto(text: Text, id: string): string[] {
  return Object.entries(text.anchors.redirects)
    .filter(([, targets]) => targets[0] === id)
    .map(([from]) => from);
}

async function RowContent({ row, text, locale, marks }: { row: Row; text: Text; locale: Locale; marks: MarkMode }) {
  const t = await getTranslations({ locale, namespace: 'Text' });
  const reader = await getTranslations({ locale, namespace: 'Reader' });
  const annotations = await getTranslations({ locale, namespace: 'Annotations' });
  // Named as the ¶ label is: a word screen readers read, hidden from sight (“Anmerkung 12”), not an aria-label.
  const noteLabel = (value: string) => annotations.rich('noteMarker', { number: value, name: (word) => <span className="visually-hidden">{word}</span> });
  const number = blockNumber(row.id);
  // The notes' anchors go on the markers of the interface language's cell (else the row's first).
  const anchoring = row.cells.find((cell) => cell.lang === locale) ?? row.cells[0];
  return (
    <>
      {redirectsInto(text, row.id).map((from) => (
        <span key={from} className="redirect" id={from}>
          <span className="redirect-note" role="note">
            {reader('redirected', {
              requested: blockNumber(from),
              targets: (text.anchors.redirects[from] ?? []).map(blockNumber).join(', '),
            })}
          </span>
        </span>
      ))}
      {/* `#p12` is the same address as `/de/texts/<slug>#p12` on this page, in a quarter of the bytes.
          Its name is “Absatz 12” (the word hidden but read); the “¶” is the stylesheet's, decoration. */}
      <a className={rowClasses.label} href={`#${row.id}`}>
        {t.rich('paragraphLabel', { number, name: (word) => <span className="visually-hidden">{word}</span> })}
      </a>
      {/* The block's own element is the cell: one element per language, not a wrapper and its
          paragraph; its language tag (“DE”) comes from the stylesheet (`:lang()`). */}
      {row.cells.map((cell) =>
        createElement(
          contentTag(row),
          { key: cell.lang, className: rowClasses.cell, lang: cell.lang },
          annotatedContent({ element: cell.element, locale, lang: cell.lang, slug: text.slug, anchorsNotes: cell === anchoring, noteLabel, marks }),
        ),
      )}
    </>
  );
}

/** The text as aligned rows, one per block id; each row is the anchor of its block (`id="p12"`). */
export function TextRows({ annotated, locale, marks }: { annotated: AnnotatedText; locale: Locale; marks: MarkMode }) {
  const { text } = annotated;
  return (
    <div className={rowClasses.rows} id="text-start" tabIndex={-1}>
      {textRows(annotated).map((group) => {
        if (group.type === 'row') {
          const { row } = group;
          return (
            <div key={row.id} id={row.id} className={`${rowClasses.row} row--${row.kind}`}>
              <RowContent row={row} text={text} locale={locale} marks={marks} />
            </div>
          );
        }
        const List = group.ordered ? 'ol' : 'ul';
        return (
          <List key={group.key} className="row-list" start={group.start}>
            {group.rows.map((row) => (
              <li key={row.id} id={row.id} className={`${rowClasses.row} row--item`}>
                <RowContent row={row} text={text} locale={locale} marks={marks} />
              </li>
            ))}
          </List>
        );
      })}
    </div>
  );
}
