import type { PhrasingContent } from 'mdast';

/** The kinds of block the source format knows; every block is citable and carries an id. */
export type BlockKind = 'heading' | 'paragraph' | 'item';

/** A list that one or more consecutive `item` blocks belong to. */
export interface BlockList {
  /** Id of the list's first item: names the list in the rendered page. */
  key: string;
  ordered: boolean;
  start?: number;
}

/** One block of one version of a text, as read from its Markdown file. */
export interface SourceBlock {
  id: string;
  kind: BlockKind;
  /** Heading level (2–4; the text's title is the level-1 heading of the page). */
  depth?: number;
  list?: BlockList;
  /** 1-based line of the block in its Markdown file. */
  line: number;
  /** Inline content with the id marker removed. */
  children: PhrasingContent[];
}

declare module 'vfile' {
  interface DataMap {
    /** Blocks in reading order, set by `remarkBlockIds`. */
    blocks: SourceBlock[];
  }
}
