import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { error, type Problem } from '../content/problems';
import type { SourceBlock } from './block';
import { remarkBlockIds } from './remark-block-ids';
import { remarkCheckSourceFormat } from './remark-check-source-format';

export interface ParsedVersion {
  blocks: SourceBlock[];
  problems: Problem[];
}

const parser = unified().use(remarkParse).use(remarkCheckSourceFormat).use(remarkBlockIds);

/** Parses one language version of a text (`texts/<slug>/<lang>.md`) into its blocks. */
export function parseVersion(markdown: string, path: string): ParsedVersion {
  const file = new VFile({ value: markdown, path });
  const tree = parser.parse(file);
  parser.runSync(tree, file);
  const problems = file.messages.map((message) => error(path, message.line ?? undefined, message.reason, message.note ?? 'see README.md, “Source format”'));
  return { blocks: file.data.blocks ?? [], problems };
}
