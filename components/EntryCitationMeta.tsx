import type { Locale } from '@/i18n/routing';
import { entryMetadata } from '@/lib/citation/entry-metadata';
import type { GlossaryEntry } from '@/lib/content/schema';
import { editionUrl, getEdition } from '@/lib/edition';

/**
 * What reference managers and link previews read from an entry's page (lib/citation/entry-metadata.ts),
 * rendered as CitationMeta renders a reader page's: React places the meta and link elements in <head>.
 */
export function EntryCitationMeta({ entry, locale, registerTitle, description }: { entry: GlossaryEntry; locale: Locale; registerTitle: string; description: string }) {
  const metadata = entryMetadata(entry, getEdition().meta, { locale, url: editionUrl(), registerTitle, description });
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
