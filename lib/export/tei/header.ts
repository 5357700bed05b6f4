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

/** Names for the language codes the header uses (`<language>`): the TEI's own vocabulary is English. */
const languageNames: Record<string, string> = { de: 'German', en: 'English', ru: 'Russian', kk: 'Kazakh' };

function personName(person: PersonName): Element {
  if ('literal' in person) return x('orgName', person.literal);
  return x('persName', [x('forename', person.given), x('surname', person.family)]);
}

function chainBibl(link: ChainLink, index: number): Element {
  return x('bibl', { type: link.role, 'xml:id': `chain-${index + 1}`, corresp: link.from ? `#chain-${index}` : undefined }, [
    ...link.by.map((name) => (link.role === 'original' ? x('author', name) : x('editor', { role: 'translator' }, name))),
    link.container ? x('title', { level: 'j' }, link.container) : undefined,
    link.date ? x('date', { when: link.date }, link.date) : undefined,
    link.url ? x('ref', { target: link.url }, link.url) : undefined,
    x('textLang', { mainLang: link.lang }, languageNames[link.lang] ?? link.lang),
    link.byEdition ? x('note', 'The English translation made by this edition.') : undefined,
  ].filter((node): node is Element => node !== undefined));
}

function prose(markdown: string, lang: Language, options: HeaderOptions): Element[] {
  return proseToTeiParagraphs(options.prose(markdown, lang).children, { ...options, lang });
}

export function teiHeader(options: HeaderOptions): Element {
  const { text, edition, chain } = options;
  const { meta } = text;
  const languages = meta.languages;
  const titles = languages.flatMap((lang) => (meta.title[lang] ? [x('title', { type: lang === 'de' ? 'main' : 'alt', 'xml:lang': lang }, meta.title[lang])] : []));
  const translators = chain.filter((link) => link.role === 'translation').map((link) =>
    x('respStmt', [x('resp', `translation from ${languageNames[link.from ?? ''] ?? link.from} into ${languageNames[link.lang] ?? link.lang}${link.byEdition ? ' (this edition)' : ''}`), ...link.by.map((name) => x('name', name))]),
  );
  const source = meta.source;
  const omitted = source.omitted.map((range) => `${range.lines} (${range.reason})`);
  return x('teiHeader', [
    x('fileDesc', [
      x('titleStmt', [
        ...titles,
        ...meta.authors.map((author) => x('author', [personName(author), ...(author.affiliation ? languages.map((lang) => x('affiliation', { 'xml:lang': lang }, author.affiliation?.[lang] ?? '')) : [])])),
        x('editor', languages.map((lang) => x('orgName', { 'xml:lang': lang }, edition.editors[lang]))),
        ...translators,
      ]),
      x('editionStmt', [x('edition', [...languages.map((lang) => x('title', { 'xml:lang': lang }, `${edition.title[lang]}: ${edition.subtitle[lang]}`)), x('date', { when: String(edition.published) }, String(edition.published))])]),
      x('publicationStmt', [
        x('publisher', languages.map((lang) => x('orgName', { 'xml:lang': lang }, edition.editors[lang]))),
        x('date', { when: options.built }, options.built),
        x('idno', { type: 'URL' }, options.urls.tei),
        x('availability', [x('licence', { target: meta.rights.statement }, languages.map((lang) => x('p', { 'xml:lang': lang }, meta.rights[lang])))]),
        x('ptr', { type: 'reader', target: options.urls.page }),
      ]),
      x('sourceDesc', [
        x('bibl', { type: 'digitalSource' }, [
          x('idno', { type: 'file' }, source.file),
          x('note', { type: 'extraction' }, `Plain text extracted from ${source.extraction === 'pdf' ? 'a PDF file' : 'a web page'}; the edition repaired only extraction damage (see the editorial declaration).`),
          ...(source.header.length > 0 ? [x('note', { type: 'header' }, `Source lines shown as the text's header, not as blocks: ${source.header.join(' | ')}`)] : []),
          ...(omitted.length > 0 ? [x('note', { type: 'omitted' }, `Source lines left out: ${omitted.join('; ')}`)] : []),
        ]),
        x('listBibl', { type: 'translationChain' }, [x('head', 'Translation chain: the original, each translation, the edition’s English'), ...chain.map(chainBibl)]),
      ]),
    ]),
    x('encodingDesc', [
      x('projectDesc', languages.flatMap((lang) => prose(edition.about[lang], lang, options))),
      x('editorialDecl', [
        ...languages.flatMap((lang) => prose(meta.editionNotes[lang], lang, options)),
        ...(edition.translatorsPreface ? languages.flatMap((lang) => prose(edition.translatorsPreface?.[lang] ?? '', lang, options)) : []),
      ]),
      x('refsDecl', [
        x('p', { 'xml:lang': 'en' }, [
          'Every block (heading, paragraph, list item) carries the edition’s id behind its language: xml:id="de-p12" and "en-p12" are the edition’s p12 (cited as ¶ 12, ',
          x('ref', { target: `${options.urls.page}#p12` }, `${options.urls.page}#p12`),
          '); @corresp links a block to the same block in the other language. A released id that was split or merged is an <anchor type="redirect"> with that id, whose @corresp lists the blocks that replaced it. Notes (xml:id="note-…") point with @target at the quoted words (<seg type="noteQuote">) and with @corresp at their blocks; names and terms point with @ref at the glossary entries (xml:id="entry-…") in the back matter.',
        ]),
      ]),
    ]),
    x('profileDesc', [x('langUsage', [...new Set([...chain.map((link) => link.lang), ...languages])].map((lang) => x('language', { ident: lang }, languageNames[lang] ?? lang)))]),
  ]);
}
