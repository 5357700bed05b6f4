import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { rehypeAddScript } from './rehype-add-script';
import { rehypeStripNextRuntime } from './rehype-strip-next-runtime';

/** One exported HTML page → the page the edition ships: Next's runtime out, the edition's script in. */
export function processPage(html: string, scriptSrc: string): string {
  return String(
    unified()
      .use(rehypeParse)
      .use(rehypeStripNextRuntime)
      .use(rehypeAddScript, { src: scriptSrc })
      .use(rehypeStringify)
      .processSync(html),
  );
}
