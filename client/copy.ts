import { rowSelector } from '@/contract/reader';
import type { ReaderData } from '@/lib/client/reader-data';
import { loadAnnotations } from './annotations';
import { citationFor, citeNow, workUrl } from './cite';
import { pageMetadata, pageReference } from './page-reference';

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
 * selectable), its reference and a link back to the exact words. The reference is the Chicago entry,
 * dated today, once the citation templates are here (normally: fetched when idle); before, the copy
 * event cannot wait, so it is built from the page's head metadata and the templates are asked for.
 */
export function initCopy(data: ReaderData | undefined): void {
  const page = data?.cite;
  if (!page) return;
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
    const to = last.id === first.id ? undefined : last.id;
    const cite = citeNow(page);
    const metadata = cite ? undefined : pageMetadata(document);
    if (!cite) void loadAnnotations();
    const url = `${workUrl(page)}#${to ? `${first.id}-${to}` : first.id}`;
    const text = cite ? citationFor(cite, first.id, to, 'chicago').text : metadata ? pageReference(metadata, document.documentElement.lang, workUrl(page)) : workUrl(page);
    const link = `${workUrl(page)}#${textFragment(first.id, quote.split('\n')[0] ?? quote)}`;
    const lang = element(range.startContainer)?.closest('[lang]')?.getAttribute('lang');
    const quoted = lang === 'de' ? `„${quote}“` : `“${quote}”`;
    event.clipboardData.setData('text/plain', `${quoted}\n\n${text}\n${link}`);
    const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    event.clipboardData.setData('text/html', `<blockquote>${escape(quote).replace(/\n/g, '<br>')}</blockquote><p>${escape(text)} <a href="${escape(link)}">${escape(url)}</a></p>`);
    event.preventDefault();
  });
}
