import { blockNumber } from '@/contract/reference';
import { runsText, styleIds, type CiteRun, type Scope, type StyleId } from '@/contract/cite-tokens';
import { citeClasses, citeCopyAttribute, citePart, citePartAttribute, citeParts, citePopoverId, printUrlAttribute } from '@/contract/cite-popover';
import { rowClasses, rowSelector } from '@/contract/reader';
import type { ReaderData } from '@/lib/client/reader-data';
import { annotationsNow, loadAnnotations } from './annotations';
import { fillExports, fillRuns, numbers, workUrl, type Cite, type CitePage } from './cite-fill';
import { openPopover } from './popovers';
import { element, format } from './template';
import { readerStrings } from './strings';

export { workUrl };

/** The page's citing data with the templates, if the annotations file has arrived; undefined before. */
export function citeNow(page: CitePage): Cite | undefined {
  const templates = annotationsNow()?.cite;
  return templates ? { ...page, templates } : undefined;
}

/** The chosen style's bibliography entry as plain text (from its runs), with the ¶ link (for copying with a quote). */
export function citationFor(cite: Cite, from: string, to: string | undefined, style: StyleId): { text: string; url: string } {
  const runs = fillRuns(cite, cite.templates.styles[style].bibliography, cite.templates.dates[style], new Date());
  return { text: runsText(runs), url: `${workUrl(cite)}#${to && to !== from ? `${from}-${to}` : from}` };
}

/** A run as the page shows it: its text, in <i> and/or <b> (as components/CitePopover.tsx renders it). */
export function runNode(run: CiteRun): Node | string {
  const bold = run.b ? element('b', {}, [run.t]) : run.t;
  return run.i ? element('i', {}, [bold]) : bold;
}

const blobUrls: string[] = [];
/** The plain text of each reference the popover shows, by its `data-cite` name, for its “Copy” button. */
const shown = new Map<string, string>();

function setRuns(popover: HTMLElement, selector: string, runs: readonly CiteRun[]): void {
  const target = popover.querySelector(`${citePart(selector)} .${citeClasses.citation}`);
  if (!target) return;
  target.replaceChildren(...runs.map(runNode));
  shown.set(selector, runsText(runs));
}

/** Fills the “Cite” popover for the whole text, a ¶ or a range, dated today. */
function show(cite: Cite, popover: HTMLElement, from?: string, to?: string): void {
  for (const url of blobUrls.splice(0)) URL.revokeObjectURL(url);
  const now = new Date();
  const range = from !== undefined && to !== undefined && to !== from;
  const scope: Scope = !from ? 'text' : range ? 'range' : 'single';
  const last = range ? to : undefined;
  const scopeLabel = popover.querySelector(citePart(citeParts.scope));
  if (scopeLabel) scopeLabel.textContent = from ? format(readerStrings().cite.block, { numbers: numbers(from, last) }) : readerStrings().cite.whole;
  const link = popover.querySelector<HTMLAnchorElement>(citePart(citeParts.link));
  if (link) {
    link.href = `${workUrl(cite)}${from ? `#${range ? `${from}-${to}` : from}` : ''}`;
    link.textContent = link.href;
  }
  for (const style of styleIds) {
    const template = cite.templates.styles[style];
    const form = cite.templates.dates[style];
    const fill = (runs: readonly CiteRun[]) => fillRuns(cite, runs, form, now, from, last);
    setRuns(popover, `${style}-note`, fill(template.note[scope]));
    if (template.shortNote) setRuns(popover, `${style}-short`, fill(template.shortNote[scope]));
    setRuns(popover, style, fill(template.bibliography));
  }
  const pin = popover.querySelector(citePart(citeParts.pinCite));
  if (pin) {
    const key = cite.templates.key;
    const n = from ? numbers(from, last) : '';
    pin.textContent = from ? `\\autocite[${range ? '¶¶' : '¶'}~${n}]{${key}} · [@${key}, ${range ? 'paras.' : 'para.'} ${n}]` : `\\autocite{${key}} · [@${key}]`;
  }
  const files = fillExports(cite, now);
  for (const [format, type] of [
    ['bib', 'application/x-bibtex'],
    ['ris', 'application/x-research-info-systems'],
    ['json', 'application/vnd.citationstyles.csl+json'],
  ] as const) {
    const anchor = popover.querySelector<HTMLAnchorElement>(citePart(citeParts.download(format)));
    if (!anchor) continue;
    const url = URL.createObjectURL(new Blob([files[format]], { type: `${type};charset=utf-8` }));
    blobUrls.push(url);
    anchor.href = url;
    anchor.download = `${cite.slug}.${cite.lang}.${format}`;
  }
  const extend = popover.querySelector<HTMLButtonElement>(citePart(citeParts.extend));
  if (extend) {
    const next = from ? nextRow(to ?? from) : undefined;
    extend.hidden = !next;
    if (next) {
      extend.dataset.to = next.id;
      extend.textContent = format(readerStrings().cite.extend, { number: blockNumber(next.id) });
    }
  }
}

function rowIds(): string[] {
  return [...document.querySelectorAll<HTMLElement>(`${rowSelector}[id]`)].map((row) => row.id);
}

function nextRow(id: string): HTMLElement | undefined {
  const ids = rowIds();
  const next = ids[ids.indexOf(id) + 1];
  return next ? (document.getElementById(next) ?? undefined) : undefined;
}

/**
 * Beside the ¶ labels rather than over them (desktop): a reader citing a range must still see and
 * reach the next label. Phones show the popover as a bottom sheet and have the “extend to ¶” button.
 */
function clearOfLabels(popover: HTMLElement, label: HTMLElement): void {
  if (popover.dataset.positioned === undefined) return;
  const column = label.getBoundingClientRect();
  const left = column.right + 8;
  if (left + popover.offsetWidth <= window.innerWidth - 8) popover.style.left = `${left}px`;
}

/**
 * What the cite box offers only with the script, added when it starts (the box is closed: no layout),
 * never in the page: “Extend to ¶” (show() fills it), a “Copy” button for each style, and the hint
 * that a ¶ number cites its paragraph.
 */
function addScriptParts(popover: HTMLElement): void {
  const strings = readerStrings().cite;
  const extend = element('button', { type: 'button', hidden: true });
  extend.setAttribute(citePartAttribute, citeParts.extend);
  popover.querySelector(`.${citeClasses.link}`)?.after(element('p', { className: citeClasses.extend }, [extend]));
  for (const style of styleIds) {
    const copy = element('button', { type: 'button', className: citeClasses.copy, textContent: strings.copy });
    copy.setAttribute(citeCopyAttribute, style);
    popover.querySelector(citePart(citeParts.bibliography(style)))?.after(copy);
  }
  popover.append(element('p', { className: citeClasses.hint, textContent: strings.hint }));
}

/**
 * “Cite” on every ¶ label: a click lands on the block (the link's own job) and opens the citation
 * of that block; a shift-click on a second label, or the “extend to ¶” button, cites the range.
 * Escape gives focus back to the ¶ label that opened it.
 */
export function initCite(data: ReaderData | undefined): void {
  const page = data?.cite;
  const popover = document.getElementById(citePopoverId);
  if (!page || !popover) return;
  addScriptParts(popover);
  // Without a public address the page names its path; the printout gets the address it was read at.
  if (!page.origin) {
    for (const line of document.querySelectorAll(`[${printUrlAttribute}]`)) line.textContent = (line.textContent ?? '').replace(page.url, workUrl(page));
  }
  /**
   * Runs `then` with the templates: at once when the annotations file is here (normally, fetched when
   * idle), else once it arrives, the popover marked busy meanwhile. Without them (the file failed) the
   * popover keeps what the page says without JavaScript: the whole text, undated.
   */
  const withCite = (then: (cite: Cite | undefined) => void) => {
    const ready = citeNow(page);
    if (ready) return then(ready);
    popover.setAttribute('aria-busy', 'true');
    void loadAnnotations().then(() => {
      popover.removeAttribute('aria-busy');
      then(citeNow(page));
    });
  };
  let anchor: string | undefined;
  let current: { from: string; to?: string } | undefined;
  let opener: HTMLElement | undefined;
  let escaped = false;

  const open = (trigger: HTMLElement, from?: string, to?: string) => {
    current = from ? { from, ...(to ? { to } : {}) } : undefined;
    opener = trigger;
    withCite((cite) => {
      if (cite) show(cite, popover, from, to);
      window.setTimeout(() => openPopover(popover, trigger), 0);
    });
  };

  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    const whole = event.target.closest<HTMLElement>(`.${citeClasses.wholeText} button`);
    if (whole) {
      anchor = undefined;
      current = undefined;
      // The button opens the popover itself (popovertarget); its content follows when the templates are here.
      withCite((cite) => cite && show(cite, popover));
      opener = whole;
      return;
    }
    const label = event.target.closest<HTMLAnchorElement>(`.${rowClasses.label}`);
    const row = label?.closest<HTMLElement>(`.${rowClasses.row}`);
    if (!label || !row || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    if (event.shiftKey && anchor && anchor !== row.id) {
      const ids = rowIds();
      const [from, to] = [anchor, row.id].sort((a, b) => ids.indexOf(a) - ids.indexOf(b)) as [string, string];
      location.hash = `${from}-${to}`;
      open(label, from, to);
      return;
    }
    anchor = row.id;
    // Stay on this page: the label's plain href would drop ?view= and reload.
    if (location.hash !== `#${row.id}`) location.hash = row.id;
    open(label, row.id);
  });

  popover.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const extend = target?.closest<HTMLButtonElement>(citePart(citeParts.extend));
    if (extend && current && extend.dataset.to) {
      const to = extend.dataset.to;
      location.hash = `${current.from}-${to}`;
      current = { from: current.from, to };
      const cite = citeNow(page);
      if (cite) show(cite, popover, current.from, to);
      extend.focus();
      return;
    }
    const button = target?.closest<HTMLButtonElement>(`[${citeCopyAttribute}]`);
    if (!button) return;
    const name = button.getAttribute(citeCopyAttribute) ?? '';
    // The runs' text; before the script has filled the popover, the page's own (undated) reference.
    const text = shown.get(name) ?? popover.querySelector(citePart(name))?.textContent?.trim() ?? '';
    void navigator.clipboard?.writeText(text).then(() => {
      button.textContent = readerStrings().cite.copied;
      window.setTimeout(() => (button.textContent = readerStrings().cite.copy), 1500);
    });
  });

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && popover.matches(':popover-open')) escaped = true;
    },
    true,
  );
  popover.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'open') {
      // After the popovers' own placement (client/popovers.ts), which runs on the same event.
      const label = opener;
      if (label?.classList.contains(rowClasses.label)) window.setTimeout(() => clearOfLabels(popover, label), 0);
      return;
    }
    // Escape returns to the ¶ label that opened the citation, not to the row the hash focused.
    if (escaped && opener?.isConnected) opener.focus();
    escaped = false;
  });
}
