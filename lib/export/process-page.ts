import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypeAddScript } from './rehype-add-script';
import { rehypeCollectInline, type InlineContent } from './rehype-collect-inline';
import { boundaryRule, rehypeStripNextRuntime } from './rehype-strip-next-runtime';
import { rehypeStripReactMarkers } from './rehype-strip-react-markers';

export interface ProcessedPage {
  /** The page as the edition ships it. */
  html: string;
  /** `path:line:column: what (what to do)` for each element that crosses the boundary with Next unchecked; any one stops the build. */
  problems: string[];
  /** What the page's Content-Security-Policy must allow inline. */
  inline: InlineContent;
}

/**
 * One exported HTML page → the page the edition ships, in one pass: parsed once, Next's runtime out
 * (anything unknown reported) with React's hydration markers, the edition's script in, its inline scripts and styles collected for
 * the security headers, serialised once. `path` names the page in problems.
 */
export function processPage(html: string, scriptSrc: string, path = 'page.html'): ProcessedPage {
  const file = new VFile({ path, value: html });
  const result = unified()
    .use(rehypeParse)
    .use(rehypeStripNextRuntime)
    .use(rehypeStripReactMarkers)
    .use(rehypeAddScript, { src: scriptSrc })
    .use(rehypeCollectInline)
    .use(rehypeStringify)
    .processSync(file);
  const problems = result.messages.filter((message) => message.ruleId === boundaryRule).map((message) => `${path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}`);
  return { html: String(result), problems, inline: result.data.inline ?? { scripts: [], styles: [] } };
}
