/**
 * Types for the untyped citation library, only as far as lib/citation uses it.
 * citeproc-js: https://citeproc-js.readthedocs.io/en/latest/running.html
 */
declare module 'citeproc' {
  /** What the engine asks the host for: locale XML by tag (`de-DE`) and items by id. */
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): object;
  }

  /** A cite of one item in a citation cluster, with its pin-cite. */
  interface CitationItem {
    id: string;
    locator?: string;
    label?: string;
  }

  /** `[formatting parameters, entries]`; false when the style has no bibliography. */
  type Bibliography = [{ entry_ids: string[][]; bibstart: string; bibend: string }, string[]];

  interface Engine {
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): Bibliography | false;
    makeCitationCluster(items: CitationItem[]): string;
  }

  const CSL: { Engine: new (sys: Sys, style: string, lang?: string, forceLang?: boolean) => Engine };
  export default CSL;
}
