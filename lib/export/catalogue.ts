/**
 * Which files the build exports for each text, where they are published and with which media type.
 * The build script, `/api/texts.json` and the text page's download list all read this one list, so the
 * links, the index and the files can never disagree.
 */
import { fileTypeOf } from '../../scripts/mime-types.js';
import type { Language, Text } from '../content/model';

export const exportFormats = ['tei', 'epub', 'txt', 'md'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/**
 * The media type a download is listed with (`/api/texts.json`, the page's `type` attribute): the
 * server's, from the one table (scripts/mime-types.js), with the charset only on text/* types, as
 * the public JSON has always listed them.
 */
function listedMediaType(url: string): string {
  const { type } = fileTypeOf(url);
  return type.startsWith('text/') ? type : (type.split(';')[0] ?? type);
}

export interface ExportFile {
  format: ExportFormat;
  /**
   * The language of the version (txt, md) or of the interface (epub: the apparatus, both versions
   * interleaved); absent for the TEI, which holds every version.
   */
  lang?: Language;
  /** Site-relative URL: `/api/texts/<slug>.tei.xml`. */
  url: string;
  mediaType: string;
}

const extensions: Record<ExportFormat, string> = { tei: 'tei.xml', epub: 'epub', txt: 'txt', md: 'md' };

/** `/api/texts/januar-aufstand.tei.xml`, `/api/texts/januar-aufstand.en.epub`. */
export function exportUrl(slug: string, format: ExportFormat, lang?: Language): string {
  return `/api/texts/${slug}${lang ? `.${lang}` : ''}.${extensions[format]}`;
}

/** Every export of a text: one TEI, then per language an EPUB, plain text and Markdown. */
export function textExports(text: Text): ExportFile[] {
  const file = (format: ExportFormat, lang?: Language): ExportFile => {
    const url = exportUrl(text.slug, format, lang);
    return { format, ...(lang ? { lang } : {}), url, mediaType: listedMediaType(url) };
  };
  return [file('tei'), ...(['epub', 'txt', 'md'] as const).flatMap((format) => text.meta.languages.map((lang) => file(format, lang)))];
}
