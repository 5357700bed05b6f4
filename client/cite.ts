import { blockNumber } from '@/lib/citation/reference';
import type { CiteSet } from '@/lib/citation/cite-templates';
import type { ReaderData } from '@/lib/client/reader-data';
import { openPopover } from './popovers';

type Cite = NonNullable<ReaderData['cite']>;

/** Replaces the template's stand-ins with the cited blocks (lib/citation/cite-templates.ts). */
export function fillTemplate(template: string, from: string, to?: string): string {
  if (!to) return template.replaceAll('p99999', from).replaceAll('99999', blockNumber(from));
  return template
    .replaceAll('p99998', from)
    .replaceAll('p99999', to)
    .replaceAll('99998', blockNumber(from))
    .replaceAll('99999', blockNumber(to));
}

function fillSet(set: CiteSet, from: string, to?: string): CiteSet {
  const fill = (value: string) => fillTemplate(value, from, to);
  return {
    styles: {
      chicago: { note: fill(set.styles.chicago.note), bibliography: fill(set.styles.chicago.bibliography) },
      apa: { note: fill(set.styles.apa.note), bibliography: fill(set.styles.apa.bibliography) },
      mla: { note: fill(set.styles.mla.note), bibliography: fill(set.styles.mla.bibliography) },
    },
    exports: { bib: fill(set.exports.bib), ris: fill(set.exports.ris), json: fill(set.exports.json) },
  };
}

/** The citation of a block or range in one style, as plain text (for copying with a quote). */
export function citationFor(cite: Cite, from: string, to: string | undefined, style: 'chicago' | 'apa' | 'mla'): { text: string; url: string } {
  const set = fillSet(to && to !== from ? cite.range : cite.single, from, to && to !== from ? to : undefined);
  const container = document.createElement('div');
  container.innerHTML = set.styles[style].bibliography;
  return { text: container.textContent ?? '', url: `${cite.url}#${to && to !== from ? `${from}-${to}` : from}` };
}

const blobUrls: string[] = [];

function setHtml(selector: string, html: string): void {
  const target = document.querySelector(`#cite [data-cite="${selector}"] .cite-html`);
  if (target) target.innerHTML = html;
}

/** Fills the “Cite” popover for a ¶ or a range, or back for the whole text. */
function show(cite: Cite, originals: Map<Element, string>, from?: string, to?: string): void {
  for (const url of blobUrls.splice(0)) URL.revokeObjectURL(url);
  if (!from) {
    for (const [element, html] of originals) element.innerHTML = html;
    return;
  }
  const range = to !== undefined && to !== from;
  const set = fillSet(range ? cite.range : cite.single, from, range ? to : undefined);
  const numbers = range ? `${blockNumber(from)}–${blockNumber(to ?? from)}` : blockNumber(from);
  const scope = document.querySelector('#cite [data-cite="scope"]');
  if (scope) scope.textContent = cite.messages.block.replace('{numbers}', numbers);
  const link = document.querySelector<HTMLAnchorElement>('#cite [data-cite="link"]');
  if (link) {
    link.href = `${cite.url}#${range ? `${from}-${to}` : from}`;
    link.textContent = link.href;
  }
  for (const style of ['chicago', 'apa', 'mla'] as const) {
    setHtml(`${style}-note`, set.styles[style].note);
    setHtml(style, set.styles[style].bibliography);
  }
  const file = `${cite.slug}.${cite.lang}.${range ? `${from}-${to}` : from}`;
  for (const [format, type] of [['bib', 'application/x-bibtex'], ['ris', 'application/x-research-info-systems'], ['json', 'application/json']] as const) {
    const anchor = document.querySelector<HTMLAnchorElement>(`#cite [data-cite="${format}"]`);
    if (!anchor) continue;
    const url = URL.createObjectURL(new Blob([set.exports[format]], { type }));
    blobUrls.push(url);
    anchor.href = url;
    anchor.download = `${file}.${format}`;
  }
}

/**
 * “Cite this” on every ¶ label: a click lands on the block (the link's own job) and opens the citation
 * of that block; a shift-click on a second label cites the range between them.
 */
export function initCite(data: ReaderData | undefined): void {
  const cite = data?.cite;
  const popover = document.getElementById('cite');
  if (!cite || !popover) return;
  const originals = new Map<Element, string>();
  for (const element of popover.querySelectorAll('[data-cite]')) originals.set(element, element.innerHTML);
  let anchor: string | undefined;

  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    if (event.target.closest('.cite-text button')) {
      anchor = undefined;
      show(cite, originals);
      return;
    }
    const label = event.target.closest<HTMLAnchorElement>('.row-label');
    const row = label?.closest<HTMLElement>('.row');
    if (!label || !row || event.ctrlKey || event.metaKey || event.altKey) return;
    let from = row.id;
    let to: string | undefined;
    if (event.shiftKey && anchor && anchor !== row.id) {
      event.preventDefault();
      const ids = [...document.querySelectorAll<HTMLElement>('.rows .row[id]')].map((candidate) => candidate.id);
      [from, to] = [anchor, row.id].sort((a, b) => ids.indexOf(a) - ids.indexOf(b)) as [string, string];
      location.hash = `${from}-${to}`;
    } else {
      anchor = row.id;
      // Stay on this page: the label's plain href would drop ?view= and reload.
      event.preventDefault();
      if (location.hash !== `#${row.id}`) location.hash = row.id;
    }
    show(cite, originals, from, to);
    window.setTimeout(() => openPopover(popover, label), 0);
  });

  popover.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-copy]') : null;
    if (!button) return;
    const reference = popover.querySelector(`[data-cite="${button.dataset.copy}"]`);
    void navigator.clipboard?.writeText(reference?.textContent?.trim() ?? '').then(() => {
      button.textContent = cite.messages.copied;
      window.setTimeout(() => (button.textContent = cite.messages.copy), 1500);
    });
  });
}
