import { getTranslations } from 'next-intl/server';
import { createElement } from 'react';
import type { Locale } from '@/i18n/routing';
import type { AnnotatedText } from '@/lib/annotations/annotate-text';
import { blockNumber, Reference } from '@/lib/citation/reference';
import type { Text } from '@/lib/content/model';
import { textRows, type Row } from '@/lib/render/text-rows';
import { AnnotatedContent } from './AnnotatedContent';

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

async function RowContent({ row, text, locale }: { row: Row; text: Text; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Text' });
  const reader = await getTranslations({ locale, namespace: 'Reader' });
  const number = blockNumber(row.id);
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
      <a className="row-label" href={Reference.block(text.slug, row.id).href(locale)} aria-label={t('paragraphLink', { number })}>
        {t('paragraph', { number })}
      </a>
      {/* The block's own element is the cell: one element per language, not a wrapper and its paragraph. */}
      {row.cells.map((cell) =>
        createElement(
          contentTag(row),
          { key: cell.lang, className: 'cell', lang: cell.lang, 'data-tag': reader(`languageTag.${cell.lang}`) },
          <AnnotatedContent element={cell.element} locale={locale} lang={cell.lang} />,
        ),
      )}
    </>
  );
}

/** The text as aligned rows, one per block id; each row is the anchor of its block (`id="p12"`). */
export function TextRows({ annotated, locale }: { annotated: AnnotatedText; locale: Locale }) {
  const { text } = annotated;
  return (
    <div className="rows" id="text-start" tabIndex={-1}>
      {textRows(annotated).map((group) => {
        if (group.type === 'row') {
          const { row } = group;
          return (
            <div key={row.id} id={row.id} className={`row row--${row.kind}`}>
              <RowContent row={row} text={text} locale={locale} />
            </div>
          );
        }
        const List = group.ordered ? 'ol' : 'ul';
        return (
          <List key={group.key} className="row-list" start={group.start}>
            {group.rows.map((row) => (
              <li key={row.id} id={row.id} className="row row--item">
                <RowContent row={row} text={text} locale={locale} />
              </li>
            ))}
          </List>
        );
      })}
    </div>
  );
}
