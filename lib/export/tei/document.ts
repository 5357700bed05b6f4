/**
 * One TEI P5 document per text, holding every version as a parallel `<div>` (the edition is read
 * side by side, block by block: one document keeps the alignment, the notes and the glossary in one
 * place, where two documents would have to point at each other across files). Built as an xast tree and
 * serialised by xast-util-to-xml, which escapes every text and attribute.
 */
import type { Root as HastRoot } from 'hast';
import type { Root } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import type { AnnotatedText } from '../../annotations/annotate-text';
import type { Language } from '../../content/model';
import type { EditionMeta, GlossaryEntry } from '../../content/schema';
import { translationChain } from '../translation-chain';
import { glossaryDiv, notesDiv } from './back';
import { versionDiv } from './body';
import { teiHeader } from './header';

export const teiNamespace = 'http://www.tei-c.org/ns/1.0';

export interface TeiOptions {
  edition: EditionMeta;
  glossary: readonly GlossaryEntry[];
  urls: { page: string; tei: string };
  /** Markdown of editorial prose → sanitised hast (note bodies, glosses, edition notes). */
  prose: (markdown: string, lang: Language) => HastRoot;
  /** Makes the site's own links (`/de/texts/…`) absolute. */
  resolveHref: (href: string) => string;
  built: string;
}

export function teiTree(annotated: AnnotatedText, options: TeiOptions): Root {
  const { text } = annotated;
  const languages = text.meta.languages;
  const kinds = new Map(options.glossary.map((entry) => [entry.id, entry.kind]));
  const common = { kinds, resolveHref: options.resolveHref, prose: options.prose };
  const chain = translationChain(text, options.edition, 'en');
  const original = chain[0]?.lang;
  const body = annotated.versions.map((version) =>
    versionDiv(version, {
      ...common,
      others: languages.filter((lang) => lang !== version.version.lang),
      role: version.version.lang === original ? 'original' : 'translation',
      redirects: text.anchors.redirects,
    }),
  );
  const entries = options.glossary.filter((entry) => annotated.entries.has(entry.id));
  const tei = x('TEI', { xmlns: teiNamespace, 'xml:lang': 'de' }, [
    teiHeader({ ...common, text, edition: options.edition, chain, urls: options.urls, built: options.built }),
    x('text', [x('body', body), x('back', [notesDiv(annotated.notes, { ...common, languages }), glossaryDiv(entries, { ...common, languages })])]),
  ]);
  return {
    type: 'root',
    children: [{ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' }, { type: 'text', value: '\n' }, tei, { type: 'text', value: '\n' }],
  };
}

export function teiDocument(annotated: AnnotatedText, options: TeiOptions): string {
  return toXml(teiTree(annotated, options), { closeEmptyElements: true }).normalize('NFC');
}
