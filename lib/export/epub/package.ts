/**
 * The EPUB's package document (OPF) and container: metadata (titles, authors, translators with MARC
 * role `trl`, the edition as editor, publisher and collection, rights, accessibility as schema.org
 * properties), the manifest and the reading order. Built as an xast tree.
 */
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import type { Element } from 'xast';
import type { Language, Text } from '../../content/model';
import type { EditionMeta } from '../../content/schema';
import { displayName } from '../../format';
import type { ExportLabels } from '../labels';
import type { ChainLink } from '../translation-chain';

export interface ManifestItem {
  id: string;
  href: string;
  mediaType: string;
  properties?: string;
  /** In the reading order (the spine), in this order. */
  spine?: boolean;
}

export interface PackageOptions {
  text: Text;
  edition: EditionMeta;
  lang: Language;
  labels: ExportLabels;
  chain: readonly ChainLink[];
  identifier: string;
  /** YYYY-MM-DDThh:mm:ssZ */
  modified: string;
  items: readonly ManifestItem[];
}

const xml = (element: Element) => `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(element, { closeEmptyElements: true })}\n`;

export function containerXml(opfPath: string): string {
  return xml(
    x('container', { version: '1.0', xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container' }, [
      x('rootfiles', [x('rootfile', { 'full-path': opfPath, 'media-type': 'application/oebps-package+xml' })]),
    ]),
  );
}

function role(id: string, code: string): Element {
  return x('meta', { refines: `#${id}`, property: 'role', scheme: 'marc:relators' }, code);
}

export function packageXml(options: PackageOptions): string {
  const { text, edition, lang, labels } = options;
  const { meta } = text;
  const languages = [lang, ...meta.languages.filter((candidate) => candidate !== lang)];
  const translators = options.chain.filter((link) => link.role === 'translation');
  const metadata = x('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, [
    x('dc:identifier', { id: 'pub-id' }, options.identifier),
    x('dc:title', { id: 'main-title' }, meta.title[lang] ?? meta.title.de),
    x('meta', { refines: '#main-title', property: 'title-type' }, 'main'),
    ...languages.map((code) => x('dc:language', code)),
    ...meta.authors.flatMap((author, index) => [x('dc:creator', { id: `author-${index + 1}` }, displayName(author)), role(`author-${index + 1}`, 'aut')]),
    ...translators.flatMap((link, index) =>
      link.by.flatMap((name, position) => {
        const id = `translator-${index + 1}-${position + 1}`;
        return [x('dc:contributor', { id }, name), role(id, 'trl'), ...(link.byEdition ? [role(id, 'edt')] : [])];
      }),
    ),
    x('dc:publisher', edition.editors[lang]),
    x('dc:date', options.modified.slice(0, 10)),
    x('dc:description', meta.summary[lang]),
    x('dc:source', meta.published.url ?? `${meta.published.container}, ${meta.published.issue ?? meta.published.date}`),
    x('dc:rights', meta.rights[lang]),
    x('meta', { property: 'dcterms:modified' }, options.modified),
    x('meta', { property: 'belongs-to-collection', id: 'edition' }, `${edition.title[lang]}: ${edition.subtitle[lang]}`),
    x('meta', { refines: '#edition', property: 'collection-type' }, 'set'),
    x('meta', { property: 'schema:accessMode' }, 'textual'),
    x('meta', { property: 'schema:accessModeSufficient' }, 'textual'),
    ...['structuralNavigation', 'tableOfContents', 'readingOrder', 'displayTransformability'].map((feature) => x('meta', { property: 'schema:accessibilityFeature' }, feature)),
    x('meta', { property: 'schema:accessibilityHazard' }, 'none'),
    x('meta', { property: 'schema:accessibilitySummary' }, labels.summary),
  ]);
  const manifest = x(
    'manifest',
    options.items.map((item) => x('item', { id: item.id, href: item.href, 'media-type': item.mediaType, properties: item.properties })),
  );
  const spine = x(
    'spine',
    options.items.filter((item) => item.spine).map((item) => x('itemref', { idref: item.id })),
  );
  return xml(x('package', { xmlns: 'http://www.idpf.org/2007/opf', version: '3.0', 'unique-identifier': 'pub-id', 'xml:lang': lang }, [metadata, manifest, spine]));
}
