import type { Locale } from '@/i18n/routing';
import { citationMetadata } from '@/lib/citation/metadata';
import type { Language, Text } from '@/lib/content/model';
import { editionUrl, getEdition } from '@/lib/edition';

/**
 * What reference managers read from a reader page: Highwire `citation_*`, Dublin Core, OpenGraph
 * and schema.org JSON-LD. React places the meta and link elements in <head>.
 */
export function CitationMeta({ text, lang, locale }: { text: Text; lang: Language; locale: Locale }) {
  const metadata = citationMetadata(text, getEdition().meta, { lang, locale, url: editionUrl() });
  const jsonLd = JSON.stringify(metadata.jsonLd).replace(/</g, '\\u003c');
  return (
    <>
      {metadata.links.map((link) => (
        <link key={`${link.rel}${link.href}`} rel={link.rel} href={link.href} />
      ))}
      {[...metadata.highwire, ...metadata.dublinCore].map((tag, index) => (
        <meta key={`${tag.name}-${index}`} name={tag.name} content={tag.content} />
      ))}
      {metadata.openGraph.map((tag, index) => (
        <meta key={`${tag.property}-${index}`} property={tag.property} content={tag.content} />
      ))}
      <script type="application/ld+json" data-edition="jsonld" dangerouslySetInnerHTML={{ __html: jsonLd }} />
    </>
  );
}
