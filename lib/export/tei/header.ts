/**
 * The `<teiHeader>` of a text: titles and responsibilities, the edition as publisher with the rights,
 * the source (the seed file and how its text was extracted) and the translation chain (original, each
 * translation, the edition's English), the project and the editorial principles (the edition's about
 * and translator's preface, the text's edition notes) and how ids and redirects work.
 */
import type { Root } from 'hast';
import type { Element } from 'xast';
import { x } from 'xastscript';
import type { Language, Text } from '../../content/model';
import type { EditionMeta, PersonName } from '../../content/schema';
import type { ChainLink } from '../translation-chain';
import { proseToTeiParagraphs, type HastToTeiOptions } from './hast-to-tei';
import { teiHeaderLabels } from './header-labels';

export interface HeaderOptions extends Omit<HastToTeiOptions, 'lang'> {
  text: Text;
  edition: EditionMeta;
  chain: readonly ChainLink[];
  /** The reader page and the TEI's own address, absolute. */
  urls: { page: string; tei: string };
  prose: (markdown: string, lang: Language) => Root;
  /** ISO date of the build (the TEI's publication date). */
  built: string;
}

/** The header's prose, in English (the TEI's own vocabulary), from messages/. */
const labels = teiHeaderLabels();

function personName(person: PersonName): Element {
  if ('literal' in person) return x('orgName', person.literal);
  return x('persName', [x('forename', person.given), x('surname', person.family)]);
}

function chainBibl(link: ChainLink, index: number): Element {
  return x(
    'bibl',
    { type: link.role, 'xml:id': `chain-${index + 1}`, corresp: link.from ? `#chain-${index}` : undefined },
    [
      ...link.by.map((name) => (link.role === 'original' ? x('author', name) : x('editor', { role: 'translator' }, name))),
      link.container ? x('title', { level: 'j' }, link.container) : undefined,
      link.date ? x('date', { when: link.date }, link.date) : undefined,
      link.url ? x('ref', { target: link.url }, link.url) : undefined,
      x('textLang', { mainLang: link.lang }, labels.languageName(link.lang)),
      link.byEdition ? x('note', labels.byEdition) : undefined,
    ].filter((node): node is Element => node !== undefined),
  );
}

function prose(markdown: string, lang: Language, options: HeaderOptions): Element[] {
  return proseToTeiParagraphs(options.prose(markdown, lang).children, { ...options, lang });
}

export function teiHeader(options: HeaderOptions): Element {
  const { text, edition, chain } = options;
  const { meta } = text;
  const languages = meta.languages;
  const titles = languages.flatMap((lang) => (meta.title[lang] ? [x('title', { type: lang === 'de' ? 'main' : 'alt', 'xml:lang': lang }, meta.title[lang])] : []));
  const translators = chain
    .filter((link) => link.role === 'translation')
    .map((link) =>
      x('respStmt', [
        x('resp', labels.translation(labels.languageName(link.from ?? ''), labels.languageName(link.lang), link.byEdition)),
        ...link.by.map((name) => x('name', name)),
      ]),
    );
  const source = meta.source;
  const omitted = source.omitted.map((range) => `${range.lines} (${range.reason})`);
  return x('teiHeader', [
    x('fileDesc', [
      x('titleStmt', [
        ...titles,
        ...meta.authors.map((author) =>
          x('author', [personName(author), ...(author.affiliation ? languages.map((lang) => x('affiliation', { 'xml:lang': lang }, author.affiliation?.[lang] ?? '')) : [])]),
        ),
        x(
          'editor',
          languages.map((lang) => x('orgName', { 'xml:lang': lang }, edition.editors[lang])),
        ),
        ...translators,
      ]),
      x('editionStmt', [
        x('edition', [
          ...languages.map((lang) => x('title', { 'xml:lang': lang }, `${edition.title[lang]}: ${edition.subtitle[lang]}`)),
          x('date', { when: String(edition.published) }, String(edition.published)),
        ]),
      ]),
      x('publicationStmt', [
        x(
          'publisher',
          languages.map((lang) => x('orgName', { 'xml:lang': lang }, edition.editors[lang])),
        ),
        x('date', { when: options.built }, options.built),
        x('idno', { type: 'URL' }, options.urls.tei),
        x('availability', [
          x(
            'licence',
            { target: meta.rights.statement },
            languages.map((lang) => x('p', { 'xml:lang': lang }, meta.rights[lang])),
          ),
        ]),
        x('ptr', { type: 'reader', target: options.urls.page }),
      ]),
      x('sourceDesc', [
        x('bibl', { type: 'digitalSource' }, [
          x('idno', { type: 'file' }, source.file),
          x('note', { type: 'extraction' }, labels.extraction(source.extraction)),
          ...(source.header.length > 0 ? [x('note', { type: 'header' }, labels.sourceHeader(source.header.join(' | ')))] : []),
          ...(omitted.length > 0 ? [x('note', { type: 'omitted' }, labels.omitted(omitted.join('; ')))] : []),
        ]),
        x('listBibl', { type: 'translationChain' }, [x('head', labels.chain), ...chain.map(chainBibl)]),
      ]),
    ]),
    x('encodingDesc', [
      x(
        'projectDesc',
        languages.flatMap((lang) => prose(edition.about[lang], lang, options)),
      ),
      x('editorialDecl', [
        ...languages.flatMap((lang) => prose(meta.editionNotes[lang], lang, options)),
        ...(edition.translatorsPreface ? languages.flatMap((lang) => prose(edition.translatorsPreface?.[lang] ?? '', lang, options)) : []),
      ]),
      x('refsDecl', [x('p', { 'xml:lang': 'en' }, [labels.ids.before, x('ref', { target: `${options.urls.page}#p12` }, `${options.urls.page}#p12`), labels.ids.after])]),
    ]),
    x('profileDesc', [
      x(
        'langUsage',
        [...new Set([...chain.map((link) => link.lang), ...languages])].map((lang) => x('language', { ident: lang }, labels.languageName(lang))),
      ),
    ]),
  ]);
}
