import { rowSelector } from '@/contract/reader';
import type { ReaderData } from '@/lib/client/reader-data';
import { citationFor, workUrl } from './cite';

/** Characters that have a meaning in a text fragment directive and must be escaped. */
function encodeTextDirective(value: string): string {
  return encodeURIComponent(value).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** `#p12:~:text=start,end`: a link that lands on the block and highlights the copied words. */
export function textFragment(block: string, quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length <= 8) return `${block}:~:text=${encodeTextDirective(words.join(' '))}`;
  return `${block}:~:text=${encodeTextDirective(words.slice(0, 4).join(' '))},${encodeTextDirective(words.slice(-4).join(' '))}`;
}

/**
 * Copying a passage of the reader gives the quote (without ¶ labels and note markers, which are not
 * selectable), its reference and a link back to the exact words.
 */
export function initCopy(data: ReaderData | undefined): void {
  const cite = data?.cite;
  if (!cite) return;
  document.addEventListener('copy', (event) => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !event.clipboardData) return;
    const range = selection.getRangeAt(0);
    const element = (node: Node) => (node instanceof Element ? node : node.parentElement);
    const first = element(range.startContainer)?.closest<HTMLElement>(rowSelector);
    const last = element(range.endContainer)?.closest<HTMLElement>(rowSelector);
    if (!first || !last) return;
    // Without the soft hyphens the page puts into long German words.
    const quote = selection
      .toString()
      .replaceAll('\u00AD', '')
      .replace(/[ \t]+/g, ' ')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    if (!quote) return;
    const { text, url } = citationFor(cite, first.id, last.id === first.id ? undefined : last.id, 'chicago');
    const link = `${workUrl(cite)}#${textFragment(first.id, quote.split('\n')[0] ?? quote)}`;
    const lang = element(range.startContainer)?.closest('[lang]')?.getAttribute('lang');
    const quoted = lang === 'de' ? `„${quote}“` : `“${quote}”`;
    event.clipboardData.setData('text/plain', `${quoted}\n\n${text}\n${link}`);
    const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    event.clipboardData.setData('text/html', `<blockquote>${escape(quote).replace(/\n/g, '<br>')}</blockquote><p>${escape(text)} <a href="${escape(link)}">${escape(url)}</a></p>`);
    event.preventDefault();
  });
}
