import type { Root } from 'hast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { sourceSanitizeSchema } from './sanitize-schema';
import { externalLinkOptions } from './version-to-hast';

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(rehypeSanitize, sourceSanitizeSchema)
  .use(rehypeExternalLinks, externalLinkOptions);

/** Editorial prose (edition notes, note bodies, glosses) from Markdown to sanitised hast. */
export function proseToHast(markdown: string): Root {
  return processor.runSync(processor.parse(markdown)) as Root;
}
