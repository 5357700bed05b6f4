/** Which Web Annotation files the export publishes, and on which address their IRIs are built. */
import type { Language, Text } from '../content/model';
import { editionUrl, getTexts } from '../edition';
import type { AnnotationAddress } from './web-annotations';

export interface AnnotationFile {
  file: string;
  text: Text;
  lang: Language;
  kind: 'page' | 'collection';
}

export function annotationFiles(): AnnotationFile[] {
  return getTexts().flatMap((text) =>
    text.versions.flatMap(({ lang }) => [
      { file: `${text.slug}.${lang}.jsonld`, text, lang, kind: 'page' as const },
      { file: `${text.slug}.${lang}.collection.jsonld`, text, lang, kind: 'collection' as const },
    ]),
  );
}

/**
 * IRIs are absolute only when the edition's public address is configured (`editionUrl()`): a
 * published file never carries an invented host. Without it they are site-relative, which JSON-LD
 * resolves against the address the file was fetched from.
 */
export function publicAddress(): AnnotationAddress {
  const base = editionUrl();
  return base ? { base } : {};
}
