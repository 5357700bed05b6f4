/**
 * The TEI `<back>`: the editors' notes, each a `<note>` whose `@target` is the quoted words in every
 * version (`<seg>`s in the blocks) and whose `@corresp` is the blocks; and the glossary entries that
 * occur in the text, as `<listPerson>`, `<listPlace>`, `<listOrg>` and a `<list type="glossary">` for
 * the other kinds, each entry with both headwords, every spelling and both glosses.
 */
import type { Root } from 'hast';
import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import type { NumberedNote } from '../../annotations/annotate-text';
import type { Language } from '../../content/model';
import type { GlossaryEntry, Note, TermKind } from '../../content/schema';
import { hastToTei, proseToTeiParagraphs, type HastToTeiOptions } from './hast-to-tei';
import { teiIds } from './ids';

export interface BackOptions extends Omit<HastToTeiOptions, 'lang'> {
  languages: readonly Language[];
  /** Markdown of editorial prose → sanitised hast, in a language. */
  prose: (markdown: string, lang: Language) => Root;
}

function sourceBibl(source: Note['sources'][number]): Element {
  return x(
    'bibl',
    [
      source.author ? x('author', source.author) : undefined,
      x('title', source.title),
      source.publisher ? x('publisher', source.publisher) : undefined,
      source.date ? x('date', { when: source.date }, source.date) : undefined,
      source.url ? x('ref', { target: source.url }, source.url) : undefined,
    ].filter((node): node is Element => node !== undefined),
  );
}

export function teiNote(note: NumberedNote, options: BackOptions): Element {
  const body = options.languages.flatMap((lang) => proseToTeiParagraphs(options.prose(note.body[lang], lang).children, { ...options, lang }));
  return x(
    'note',
    {
      'xml:id': teiIds.note(note.id),
      n: String(note.number),
      type: note.kind,
      target: options.languages.map((lang) => `#${teiIds.quote(lang, note.id)}`).join(' '),
      corresp: options.languages.map((lang) => `#${teiIds.block(lang, note.block)}`).join(' '),
    },
    [...body, ...note.sources.map(sourceBibl)],
  );
}

/** The name element of an entry's list, or `term` for kinds TEI has no list of names for. */
const listOf: Record<TermKind, { list: string; item: string; name: string } | undefined> = {
  person: { list: 'listPerson', item: 'person', name: 'persName' },
  place: { list: 'listPlace', item: 'place', name: 'placeName' },
  organisation: { list: 'listOrg', item: 'org', name: 'orgName' },
  company: { list: 'listOrg', item: 'org', name: 'orgName' },
  event: undefined,
  currency: undefined,
  term: undefined,
  publication: undefined,
};

function names(entry: GlossaryEntry, element: string, languages: readonly Language[]): Element[] {
  return [
    ...languages.map((lang) => x(element, { type: 'headword', 'xml:lang': lang }, entry.headword[lang])),
    ...languages.flatMap((lang) => entry.forms[lang].map((form) => x(element, { type: 'form', 'xml:lang': lang }, form))),
    ...entry.aka.map((aka) => x(element, { type: 'alias' }, aka)),
  ];
}

function glosses(entry: GlossaryEntry, options: BackOptions): Element[] {
  return options.languages.map((lang) =>
    x('note', { type: 'gloss', 'xml:lang': lang }, proseToTeiParagraphs(options.prose(entry.gloss[lang], lang).children, { ...options, lang })),
  );
}

/** A term's gloss is phrase-level in a `<list>` item: the paragraphs' content, joined. */
function inlineGloss(entry: GlossaryEntry, lang: Language, options: BackOptions): Element {
  const content: ElementContent[] = options
    .prose(entry.gloss[lang], lang)
    .children.flatMap((node, index) =>
      node.type === 'element' ? [...(index > 0 ? [{ type: 'text' as const, value: ' ' }] : []), ...hastToTei(node.children, { ...options, lang })] : [],
    );
  return x('gloss', { 'xml:lang': lang }, content);
}

export function glossaryDiv(entries: readonly GlossaryEntry[], options: BackOptions): Element {
  const lists = new Map<string, Element>();
  const terms = x('list', { type: 'glossary' });
  for (const entry of entries) {
    const shape = listOf[entry.kind];
    if (!shape) {
      terms.children.push(
        x('item', { 'xml:id': teiIds.entry(entry.id), n: entry.kind }, [
          ...names(entry, 'term', options.languages),
          ...options.languages.map((lang) => inlineGloss(entry, lang, options)),
        ]),
      );
      continue;
    }
    const list = lists.get(shape.list) ?? x(shape.list);
    lists.set(shape.list, list);
    list.children.push(
      x(shape.item, { 'xml:id': teiIds.entry(entry.id), type: shape.item === 'person' ? undefined : entry.kind }, [
        ...names(entry, shape.name, options.languages),
        ...glosses(entry, options),
      ]),
    );
  }
  const ordered = ['listPerson', 'listPlace', 'listOrg'].flatMap((name) => lists.get(name) ?? []);
  return x('div', { type: 'glossary' }, [...ordered, ...(terms.children.length > 0 ? [terms] : [])]);
}

export function notesDiv(notes: readonly NumberedNote[], options: BackOptions): Element {
  return x(
    'div',
    { type: 'notes' },
    notes.map((note) => teiNote(note, options)),
  );
}
