/**
 * The reader's script: progressive enhancement on top of a page that already reads, links and
 * switches views without it. It adds: remembered view (also in ?view=), the V key, deep links to
 * ranges and to moved or missing blocks, tap-to-reveal on phones, text size and colour scheme.
 */
import {
  actionAttribute,
  actions,
  controlId,
  controlNames,
  languageSwitchClass,
  readerClasses,
  readerDataId,
  readerIds,
  rootAttributes,
  rowClasses,
  rowSelector,
  storageKeys,
  textSizes,
  themes,
  toastClasses,
  views,
  type Theme,
  type View,
} from '@/contract/reader';
import { searchIds } from '@/contract/search';
import type { ReaderData } from '@/lib/client/reader-data';
import { searchScriptUrl } from '@/contract/search';
import { resolveFragment } from './fragment';
import { initCite } from './cite';
import { initCopy } from './copy';
import { initGloss } from './gloss';
import { initMarks } from './marks';
import { initPanel } from './panel';
import { initPopovers, openPopover } from './popovers';
import { initAnnotations, loadAnnotations, notePopover, noteOfAnchor } from './annotations';
import { initReading } from './reading/boot';
import { initSearchShortcut } from './search-shortcut';
import { readerStrings } from './strings';
import { element, format } from './template';
import { initOffline } from './offline';
import { otherLanguage } from '@/contract/languages';

const root = document.documentElement;
/** The keyboard shortcuts' description (describeShortcuts). */
const viewShortcutsId = 'view-shortcut';
const phone = window.matchMedia('(max-width: 37.5rem)');
const wide = window.matchMedia('(min-width: 48rem)');

function readData(): ReaderData | undefined {
  const element = document.getElementById(readerDataId);
  return element?.textContent ? (JSON.parse(element.textContent) as ReaderData) : undefined;
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}

function isView(value: string | null | undefined): value is View {
  return (views as readonly (string | null | undefined)[]).includes(value);
}

/** The view in effect: the reader's choice, else what the CSS shows by default at this width. */
function effectiveView(): View {
  const chosen = root.getAttribute(rootAttributes.view);
  if (isView(chosen)) return chosen;
  return wide.matches ? 'parallel' : 'interleaved';
}

function rows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`${rowSelector}[id]`)];
}

let toastTimer: number | undefined;

function hideToast(): void {
  window.clearTimeout(toastTimer);
  const toast = document.getElementById(readerIds.toast);
  if (toast) toast.hidden = true;
}

/** The box that shows a landing message for a moment: the script's own, built the first time it has something to say. */
function toastBox(region: HTMLElement): HTMLElement {
  const existing = document.getElementById(readerIds.toast);
  if (existing) return existing;
  const close = element('button', { type: 'button', className: toastClasses.close, textContent: '×' });
  close.setAttribute('aria-label', readerStrings().statusClose);
  close.addEventListener('click', hideToast);
  const toast = element('div', { id: readerIds.toast, className: toastClasses.box, hidden: true }, [element('p', { className: toastClasses.text }), close]);
  region.after(toast);
  return toast;
}

/**
 * Says where the reader landed: announced by the (visually hidden) status region, and shown for a
 * moment in a small box that goes by itself, on scroll or with its close button.
 */
function status(message: string): void {
  const region = document.getElementById(readerIds.status);
  if (!region) return;
  region.textContent = message;
  hideToast();
  if (!message) return;
  const toast = toastBox(region);
  const text = toast.querySelector(`.${toastClasses.text}`);
  if (text) text.textContent = message;
  toast.hidden = false;
  toastTimer = window.setTimeout(hideToast, 6000);
  // The landing itself scrolls: only a scroll by the reader, a moment later, dismisses the box.
  window.setTimeout(() => window.addEventListener('scroll', hideToast, { once: true, passive: true }), 600);
}

function updateLanguageSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(`a.${languageSwitchClass}`)) {
    const target = new URL(link.href, location.href);
    const view = root.getAttribute(rootAttributes.view);
    if (isView(view)) target.searchParams.set('view', view);
    if (root.getAttribute(rootAttributes.marks) === 'every') target.searchParams.set('marks', 'every');
    else target.searchParams.delete('marks');
    target.hash = location.hash;
    link.href = `${target.pathname}${target.search}${target.hash}`;
  }
}

function setView(view: View): void {
  root.setAttribute(rootAttributes.view, view);
  const radio = document.getElementById(controlId(controlNames.view, view));
  if (radio instanceof HTMLInputElement) radio.checked = true;
  store(storageKeys.view, view);
  const url = new URL(location.href);
  url.searchParams.set('view', view);
  history.replaceState(history.state, '', url);
  updateLanguageSwitch();
  updateReveal();
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && !(target instanceof HTMLInputElement && target.type === 'radio')))
  );
}

/** The view switch's radios are described by the keyboard shortcuts, which exist only with the script. */
function describeShortcuts(radios: readonly HTMLInputElement[]): void {
  const [first] = radios;
  if (!first) return;
  const description = element('span', { id: viewShortcutsId, className: 'visually-hidden', textContent: readerStrings().shortcuts });
  first.closest('fieldset')?.append(description);
  for (const radio of radios) radio.setAttribute('aria-describedby', viewShortcutsId);
}

function initView(): void {
  const chosen = root.getAttribute(rootAttributes.view);
  if (isView(chosen)) {
    const radio = document.getElementById(controlId(controlNames.view, chosen));
    if (radio instanceof HTMLInputElement) radio.checked = true;
  }
  const radios = [...document.querySelectorAll<HTMLInputElement>(`input[name="${controlNames.view}"]`)];
  for (const radio of radios) radio.addEventListener('change', () => isView(radio.value) && setView(radio.value));
  describeShortcuts(radios);
  document.addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() !== 'v' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (!document.querySelector(`input[name="${controlNames.view}"]`)) return;
    const order: View[] = ['parallel', 'interleaved', 'de', 'en'];
    const next = order[(order.indexOf(effectiveView()) + 1) % order.length] ?? 'parallel';
    setView(next);
    const label = document.querySelector(`label[for="${controlId(controlNames.view, next)}"]`)?.textContent ?? next;
    status(label);
  });
}

/**
 * A note's permalink (`#note-<id>`, the anchor on its marker) opens the note beside its marker: the
 * one the reader can see (the view may hide the anchor's column), once the annotations are here.
 */
function landOnNote(fragment: string): boolean {
  const note = noteOfAnchor(fragment);
  if (!note) return false;
  const markers = [...document.querySelectorAll<HTMLElement>(`.${readerClasses.noteMarker}[href$="#${CSS.escape(fragment)}"]`)];
  const marker = markers.find((candidate) => candidate.getClientRects().length > 0) ?? markers[0];
  marker?.scrollIntoView({ block: 'center' });
  void loadAnnotations().then((annotations) => {
    const popover = annotations ? notePopover(note, annotations) : undefined;
    if (popover && marker) openPopover(popover, marker);
  });
  return true;
}

function land(data: ReaderData | undefined): void {
  for (const row of document.querySelectorAll(`.${rowClasses.row}.${rowClasses.highlighted}`)) row.classList.remove(rowClasses.highlighted);
  status('');
  const fragment = location.hash.slice(1);
  if (!fragment || landOnNote(fragment)) return;
  const all = rows();
  const landing = resolveFragment(
    fragment,
    all.map((row) => row.id),
    data?.redirects ?? {},
  );
  if (landing.kind === 'none') return;
  const targets = landing.targets.map((id) => document.getElementById(id)).filter((row): row is HTMLElement => row !== null);
  const [first] = targets;
  if (!first) return;
  for (const row of targets) row.classList.add(rowClasses.highlighted);
  first.tabIndex = -1;
  first.scrollIntoView({ block: 'start' });
  first.focus({ preventScroll: true });
  const number = (id: string) => id.slice(1);
  const messages = readerStrings();
  if (landing.kind === 'range') status(format(messages.range, { from: number(landing.targets[0] ?? ''), to: number(landing.targets.at(-1) ?? '') }));
  if (landing.kind === 'redirected') status(format(messages.redirected, { requested: number(landing.requested), targets: landing.targets.map(number).join(', ') }));
  if (landing.kind === 'nearest') status(format(messages.missing, { requested: number(landing.requested), nearest: number(landing.targets[0]) }));
}

/** On phones, in a one-language view, each block can show its other language on a tap. */
function updateReveal(): void {
  const view = effectiveView();
  const active = phone.matches && (view === 'de' || view === 'en');
  if (!active) return;
  const messages = readerStrings();
  const other = otherLanguage(view);
  const language = messages.languages[other];
  for (const row of rows()) {
    let button = row.querySelector<HTMLButtonElement>(`:scope > .${rowClasses.reveal}`);
    if (!button) {
      button = document.createElement('button');
      button.type = 'button';
      button.className = rowClasses.reveal;
      button.setAttribute('aria-expanded', 'false');
      row.querySelector(`.${rowClasses.label}`)?.after(button);
    }
    const expanded = row.classList.contains(rowClasses.revealed);
    button.textContent = format(expanded ? messages.conceal : messages.reveal, { language });
    button.setAttribute('aria-expanded', String(expanded));
  }
}

function initReveal(): void {
  const toggle = (row: HTMLElement) => {
    row.classList.toggle(rowClasses.revealed);
    updateReveal();
  };
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const button = target.closest(`.${rowClasses.reveal}`);
    const row = target.closest<HTMLElement>(rowSelector);
    if (!row) return;
    if (button) toggle(row);
    else if (phone.matches && !target.closest('a, button') && target.closest(`.${rowClasses.cell}`) && ['de', 'en'].includes(effectiveView())) toggle(row);
  });
  phone.addEventListener('change', () => updateReveal());
  updateReveal();
}

function initPreferences(): void {
  const themeButton = document.querySelector<HTMLButtonElement>(`[${actionAttribute}="${actions.theme}"]`);
  const showTheme = () => {
    if (!themeButton) return;
    const theme = (root.getAttribute(rootAttributes.theme) as Theme | null) ?? 'system';
    const messages = readerStrings();
    themeButton.textContent = format(messages.theme, { theme: messages.themes[theme] });
  };
  themeButton?.addEventListener('click', () => {
    const current = (root.getAttribute(rootAttributes.theme) as Theme | null) ?? 'system';
    const next = themes[(themes.indexOf(current) + 1) % themes.length] ?? 'system';
    if (next === 'system') root.removeAttribute(rootAttributes.theme);
    else root.setAttribute(rootAttributes.theme, next);
    store(storageKeys.theme, next);
    showTheme();
  });
  showTheme();
  const resize = (step: number) => {
    const current = Number(root.getAttribute(rootAttributes.size) ?? 100);
    const index = Math.max(0, textSizes.indexOf(current as (typeof textSizes)[number]));
    const next = textSizes[Math.min(textSizes.length - 1, Math.max(0, index + step))] ?? 100;
    root.setAttribute(rootAttributes.size, String(next));
    store(storageKeys.size, String(next));
  };
  document.querySelector(`[${actionAttribute}="${actions.smaller}"]`)?.addEventListener('click', () => resize(-1));
  document.querySelector(`[${actionAttribute}="${actions.larger}"]`)?.addEventListener('click', () => resize(1));
}

/** The search page's script, only on the search page (scripts/build-search.ts bundles it on its own). */
async function loadSearch(form: HTMLFormElement): Promise<void> {
  const url: string = searchScriptUrl;
  const search = (await import(url)) as { initSearch(form: HTMLFormElement): void };
  search.initSearch(form);
}

function main(): void {
  const data = readData();
  initPreferences();
  initView();
  initReveal();
  initAnnotations(data?.annotations);
  initGloss();
  initPopovers();
  initPanel();
  initCite(data);
  initMarks(updateLanguageSwitch);
  initCopy(data);
  initSearchShortcut();
  initReading();
  const searchForm = document.getElementById(searchIds.form);
  if (searchForm instanceof HTMLFormElement) void loadSearch(searchForm);
  updateLanguageSwitch();
  land(data);
  window.addEventListener('hashchange', () => {
    land(data);
    updateLanguageSwitch();
  });
  initOffline();
}

main();
