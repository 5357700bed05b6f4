/**
 * A CSL item as a formatted reference in Chicago (17th, notes and bibliography), APA (7th) or MLA (9th),
 * with citeproc-js and the vendored styles (styles.ts), in the interface language's CSL locale
 * (de → de-DE, en → en-US).
 *
 * - `bibliography`: the entry of the bibliography / reference list / works cited, with the work's URL
 *   and the access date (when the item has one).
 * - `citation`: what goes in the text. Chicago: the note; `chicagoFullNote` gives the full note of a
 *   first citation, `chicago` the short form of later ones (CMOS 14.29). APA and MLA: the parenthetical
 *   citation. The pin-cite is the paragraph number: “para. 12” (Chicago, APA), “par. 12” (MLA),
 *   “Abs. 12” (de-DE).
 *
 * What `html` can contain: text, with `&`, `<` and `>` escaped as `&amp;`, `&lt;`, `&gt;`, and the
 * elements `<i>` and `<b>` (possibly `<i><b>…</b></i>`), nothing else: citeproc's `<div class="csl-entry">`,
 * its `<span style="…">` (roman inside italics, small caps), `<sup>`, `<sub>` are reduced to these two.
 * Quotation marks are typographic characters. The URL is plain text, not a link. `text` is the same
 * reference without any markup.
 */
import CSL from 'citeproc';
import type { Language } from '../content/model';
import type { CslItem } from './csl-item';
import { cslLocales, localeXml, styleXml, type EngineStyle } from './styles';

export interface FormatOptions {
  style: EngineStyle;
  /** The interface language: its CSL locale sets terms, dates and punctuation. */
  locale: Language;
  /** The pin-cite, a paragraph number or range (`12`, `12–14`, `12a`); none for the whole work. */
  locator?: string;
}

export interface Formatted {
  html: string;
  text: string;
}

export interface FormattedReference {
  bibliography: Formatted;
  citation: Formatted;
}

/** One engine per style and locale, reused: building one parses the whole style (a second or so). */
interface Slot {
  engine: InstanceType<typeof CSL.Engine>;
  items: Map<string, object>;
}
const engines = new Map<string, Slot>();

function slot(style: EngineStyle, locale: Language): Slot {
  const key = `${style}:${locale}`;
  let found = engines.get(key);
  if (!found) {
    const items = new Map<string, object>();
    const sys = {
      retrieveLocale: (tag: string) => localeXml(tag),
      retrieveItem: (id: string) => {
        const item = items.get(id);
        if (!item) throw new Error(`citeproc asked for an unknown item “${id}”`);
        return item;
      },
    };
    found = { engine: new CSL.Engine(sys, styleXml(style, locale), cslLocales[locale], true), items };
    found.engine.setOutputFormat('html');
    engines.set(key, found);
  }
  return found;
}

/**
 * The item as citeproc reads it. Without `note`: citeproc-js reads “key: value” lines in it as
 * variables, and the chain in words is for reference managers, not for the styles.
 */
function itemData(item: CslItem): object {
  return Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'note'));
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });
}

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface Run {
  text: string;
  italic: boolean;
  bold: boolean;
}

/**
 * citeproc's HTML reduced to text with `<i>` and `<b>`: the markup is read as a stack of styles, each
 * stretch of text gets the italic/bold state in force, and equal neighbours are merged.
 */
export function simplifyHtml(html: string): string {
  const stack: { tag: string; italic?: boolean; bold?: boolean }[] = [];
  const runs: Run[] = [];
  for (const [token] of html.matchAll(/<[^>]*>|[^<]+/g)) {
    const tag = /^<(\/?)([a-z0-9]+)([^>]*)>$/i.exec(token);
    if (!tag) {
      const italic = stack.reduce((state, entry) => entry.italic ?? state, false);
      const bold = stack.reduce((state, entry) => entry.bold ?? state, false);
      const text = decode(token);
      const last = runs.at(-1);
      if (last && last.italic === italic && last.bold === bold) last.text += text;
      else runs.push({ text, italic, bold });
      continue;
    }
    const [, closing, name = '', attributes = ''] = tag;
    if (closing) {
      const index = stack.map((entry) => entry.tag).lastIndexOf(name.toLowerCase());
      if (index >= 0) stack.splice(index);
      continue;
    }
    if (attributes.trim().endsWith('/')) continue;
    const lower = name.toLowerCase();
    const style = /style="([^"]*)"/i.exec(attributes)?.[1] ?? '';
    stack.push({
      tag: lower,
      italic: lower === 'i' || lower === 'em' ? true : /font-style:\s*normal/i.test(style) ? false : /font-style:\s*italic/i.test(style) ? true : undefined,
      bold: lower === 'b' || lower === 'strong' ? true : /font-weight:\s*normal/i.test(style) ? false : /font-weight:\s*bold/i.test(style) ? true : undefined,
    });
  }
  return runs
    .filter((run) => run.text !== '')
    .map((run) => {
      let out = escape(run.text);
      if (run.bold) out = `<b>${out}</b>`;
      if (run.italic) out = `<i>${out}</i>`;
      return out;
    })
    .join('')
    .trim();
}

function bibliographyEntry(engine: Slot['engine']): string {
  const bibliography = engine.makeBibliography();
  const entry = bibliography ? bibliography[1][0] : undefined;
  if (entry === undefined) throw new Error('citeproc made no bibliography entry');
  return entry;
}

/** The text of simplified HTML: its markup removed, its three entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/?[ib]>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

let serial = 0;

/** Formats `item` in a style and locale: the bibliography entry and the citation with its pin-cite. */
export function formatReference(item: CslItem, options: FormatOptions): FormattedReference {
  const { engine, items } = slot(options.style, options.locale);
  // citeproc keeps the items it has seen by id: each call registers the item under a fresh id (and
  // `updateItems` drops the previous one), so that changed data under the same id is never stale.
  serial += 1;
  const id = `${item.id}@${serial}`;
  items.clear();
  items.set(id, { ...itemData(item), id });
  engine.updateItems([id]);
  const locator = options.locator;
  const cite = { id, ...(locator ? { locator, label: 'paragraph' } : {}) };
  // One rendering, in HTML; the text is the same reference without markup (citeproc's own text output
  // is identical, character for character, and would double the work).
  const bibliography = simplifyHtml(bibliographyEntry(engine));
  const citation = simplifyHtml(engine.makeCitationCluster([cite]));
  return {
    bibliography: { html: bibliography, text: htmlToText(bibliography) },
    citation: { html: citation, text: htmlToText(citation) },
  };
}
