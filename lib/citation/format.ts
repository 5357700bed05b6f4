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
 * `runs`: the reference as text runs, italic or bold or neither (contract/cite-tokens.ts), read from
 * citeproc's HTML once, through a parser: its `<div class="csl-entry">`, its `<span style="…">` (roman
 * inside italics, small caps), `<sup>`, `<sub>` are reduced to italic and bold. Quotation marks are
 * typographic characters. The URL is plain text, not a link. `text` is the same reference without any
 * formatting.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import CSL from 'citeproc';
import { runsText, type CiteRun } from '@/contract/cite-tokens';
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
  runs: CiteRun[];
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

/** The formatting in force at a node: undefined leaves the enclosing element's. */
interface Styling {
  italic?: boolean;
  bold?: boolean;
}

/** The declarations of a `style` attribute, by property (`font-style` → `normal`). */
function declarations(style: string): Map<string, string> {
  return new Map(
    style
      .split(';')
      .map((declaration) => declaration.split(':').map((part) => part.trim().toLowerCase()))
      .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== ''),
  );
}

/** What an element sets: `<i>`/`<em>` italic, `<b>`/`<strong>` bold, citeproc's `<span style>` either way. */
function styling(node: Element): Styling {
  const css = declarations(typeof node.properties.style === 'string' ? node.properties.style : '');
  const fontStyle = css.get('font-style');
  const fontWeight = css.get('font-weight');
  return {
    italic: ['i', 'em'].includes(node.tagName) ? true : fontStyle === 'normal' ? false : fontStyle === 'italic' ? true : undefined,
    bold: ['b', 'strong'].includes(node.tagName) ? true : fontWeight === 'normal' ? false : fontWeight === 'bold' ? true : undefined,
  };
}

/**
 * citeproc's HTML as runs: parsed once into a tree (entities decoded by the parser), each stretch of
 * text with the italic/bold state of its ancestors, equal neighbours merged, the whole trimmed.
 */
export function citeprocRuns(html: string): CiteRun[] {
  const runs: CiteRun[] = [];
  const walk = (nodes: readonly (ElementContent | RootContent)[], italic: boolean, bold: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const last = runs.at(-1);
        if (last && Boolean(last.i) === italic && Boolean(last.b) === bold) last.t += node.value;
        else runs.push({ t: node.value, ...(italic ? { i: 1 } : {}), ...(bold ? { b: 1 } : {}) });
      } else if (node.type === 'element') {
        const own = styling(node);
        walk(node.children, own.italic ?? italic, own.bold ?? bold);
      }
    }
  };
  walk(fromHtml(html, { fragment: true }).children, false, false);
  // The entry's surrounding white space (citeproc ends it with a newline); never inside formatting.
  const plain = (run: CiteRun | undefined) => (run && !run.i && !run.b ? run : undefined);
  const first = plain(runs[0]);
  if (first) first.t = first.t.trimStart();
  const last = plain(runs.at(-1));
  if (last) last.t = last.t.trimEnd();
  return runs.filter((run) => run.t !== '');
}

function bibliographyEntry(engine: Slot['engine']): string {
  const bibliography = engine.makeBibliography();
  const entry = bibliography ? bibliography[1][0] : undefined;
  if (entry === undefined) throw new Error('citeproc made no bibliography entry');
  return entry;
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
  const bibliography = citeprocRuns(bibliographyEntry(engine));
  const citation = citeprocRuns(engine.makeCitationCluster([cite]));
  return {
    bibliography: { runs: bibliography, text: runsText(bibliography) },
    citation: { runs: citation, text: runsText(citation) },
  };
}
