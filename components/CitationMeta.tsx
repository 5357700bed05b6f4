import type { Locale } from '@/i18n/routing';
import { citationMetadata, type CitationMetadata } from '@/lib/citation/metadata';
import type { Language, Text } from '@/lib/content/model';
import { editionUrl, getEdition } from '@/lib/edition';

/**
 * What reference managers read from a page (lib/citation/metadata.ts): Dublin Core, Zotero's `z.*`,
 * OpenGraph and schema.org JSON-LD. React places the meta and link elements in <head>.
 */
export function PageMetadata({ metadata }: { metadata: CitationMetadata }) {
  const jsonLd = JSON.stringify(metadata.jsonLd).replace(/</g, '\\u003c');
  return (
    <>
      {metadata.links.map((link) => (
        <link key={`${link.rel}${link.href}`} rel={link.rel} href={link.href} />
      ))}
      {metadata.meta.map((tag, index) => (
        <meta key={`${tag.name}-${index}`} name={tag.name} content={tag.content} />
      ))}
      {metadata.openGraph.map((tag, index) => (
        <meta key={`${tag.property}-${index}`} property={tag.property} content={tag.content} />
      ))}
      <script type="application/ld+json" data-edition="jsonld" dangerouslySetInnerHTML={{ __html: jsonLd }} />
    </>
  );
}

/** A reader page's metadata: the cited version of the text. */
export function CitationMeta({ text, lang, locale }: { text: Text; lang: Language; locale: Locale }) {
  const url = editionUrl();
  return <PageMetadata metadata={citationMetadata(text, getEdition().meta, { lang, locale, ...(url ? { url } : {}) })} />;
}
