import { getTranslations } from 'next-intl/server';
import { createElement } from 'react';
import type { Locale } from '@/i18n/routing';
import { blockNumber, Reference } from '@/lib/citation/reference';
import type { Text } from '@/lib/content/model';
import { hastToReact } from '@/lib/render/hast-to-react';
import { textRows, type Row } from '@/lib/render/text-rows';

/** A heading row holds a heading in every language; paragraphs and list items hold a paragraph. */
function contentTag(row: Row): string {
  return row.kind === 'heading' ? `h${row.depth ?? 2}` : 'p';
}

async function RowContent({ row, slug, locale }: { row: Row; slug: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Text' });
  const number = blockNumber(row.id);
  return (
    <>
      <a className="row-label" href={Reference.block(slug, row.id).href(locale)} aria-label={t('paragraphLink', { number })}>
        {t('paragraph', { number })}
      </a>
      {row.cells.map((cell) => (
        <div key={cell.lang} className="cell" lang={cell.lang}>
          {createElement(contentTag(row), null, hastToReact({ type: 'root', children: cell.element.children }))}
        </div>
      ))}
    </>
  );
}

/** The text as aligned rows, one per block id; each row is the anchor of its block (`id="p12"`). */
export function TextRows({ text, locale }: { text: Text; locale: Locale }) {
  return (
    <div className="rows">
      {textRows(text).map((group) => {
        if (group.type === 'row') {
          const { row } = group;
          return (
            <div key={row.id} id={row.id} className={`row row--${row.kind}`}>
              <RowContent row={row} slug={text.slug} locale={locale} />
            </div>
          );
        }
        const List = group.ordered ? 'ol' : 'ul';
        return (
          <List key={group.key} className="row-list" start={group.start}>
            {group.rows.map((row) => (
              <li key={row.id} id={row.id} className="row row--item">
                <RowContent row={row} slug={text.slug} locale={locale} />
              </li>
            ))}
          </List>
        );
      })}
    </div>
  );
}
