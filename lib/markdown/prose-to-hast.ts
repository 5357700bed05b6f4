import type { Root } from 'hast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Locale } from '@/i18n/routing';
import { remarkTextLinks } from './remark-text-links';
import { externalLinkOptions, sourceSanitizeSchema } from './sanitize-schema';

const processors = new Map<Locale, ReturnType<typeof createProcessor>>();

function createProcessor(locale: Locale) {
  return unified().use(remarkParse).use(remarkTextLinks, { locale }).use(remarkRehype).use(rehypeSanitize, sourceSanitizeSchema).use(rehypeExternalLinks, externalLinkOptions);
}

/** Editorial prose (edition notes, note bodies, glosses) from Markdown to sanitised hast. */
export function proseToHast(markdown: string, locale: Locale): Root {
  let processor = processors.get(locale);
  if (!processor) {
    processor = createProcessor(locale);
    processors.set(locale, processor);
  }
  return processor.runSync(processor.parse(markdown)) as Root;
}
