/**
 * Types shared by the modules of the plain-text importer.
 *
 * The importer works on source lines that keep their 1-based line number all the way through,
 * so that every decision it reports can point an editor at the exact place in the source file.
 */

/** One line of the source after whitespace normalisation. */
export interface SourceLine {
  /** 1-based line number in the source file. */
  readonly n: number;
  /** The line's text: no leading or trailing spaces, runs of spaces collapsed; '' for a blank line. */
  readonly text: string;
  /** Number of leading spaces the line had (after tabs and non-breaking spaces became spaces). */
  readonly indent: number;
}

/** A run of source lines that reflow judged to be one paragraph (possibly across a page break). */
export interface LineGroup {
  readonly lines: readonly SourceLine[];
}

export type Extraction = 'pdf' | 'web';

export interface ExtractionResult {
  readonly kind: Extraction;
  readonly certain: boolean;
  /** Why the importer thinks so, in words an editor understands. */
  readonly reason: string;
  /**
   * The typical length of a full line (PDF): a line clearly shorter than this ended its paragraph
   * or was set apart on purpose. For web texts it is not used.
   */
  readonly measure: number;
}

export type DecisionKind = 'page-break' | 'page-furniture' | 'character' | 'html' | 'hyphen' | 'heading' | 'list' | 'front-matter' | 'navigation' | 'line-break';

/** One decision the importer took, with the source line it concerns. */
export interface Decision {
  readonly line: number;
  readonly kind: DecisionKind;
  readonly decision: string;
  /** false: the importer guessed; an editor must look at this line. */
  readonly certain: boolean;
}

/** A marker that opened a list item in the source. */
export interface ListMarker {
  /** Index of the list run the item belongs to (items of one run form one Markdown list). */
  readonly run: number;
  readonly ordered: boolean;
  /** The item's number, for ordered lists. */
  readonly number?: number;
  /** The delimiter after the number, for ordered lists. */
  readonly delimiter?: '.' | ')';
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item';

/** A block of the edition's text before it becomes Markdown: one paragraph, heading or list item. */
export interface Block {
  readonly kind: BlockKind;
  /** The source lines of the block; a list marker is already removed from the first one. */
  readonly lines: readonly SourceLine[];
  /** Present for list items. */
  readonly list?: ListMarker;
}

/** A block whose lines have been joined into running text. */
export interface TextBlock extends Block {
  readonly text: string;
}

export interface OmittedRange {
  /** Source line range, e.g. `210-226`. */
  readonly lines: string;
  readonly reason: string;
}

/** What the importer knows for the text's meta.yaml. */
export interface ImportMeta {
  readonly slug: string;
  readonly title: Readonly<Record<string, string>>;
  readonly languages: readonly string[];
  readonly source: {
    readonly file: string;
    readonly extraction: Extraction;
    /** Source lines shown in the text's header (title, byline, first publication), verbatim. */
    readonly header: readonly string[];
    readonly omitted: readonly OmittedRange[];
  };
  /** Hints for the fields the editor has to fill in (the byline and publication line as found). */
  readonly hints: {
    readonly byline?: string;
    readonly publication?: string;
  };
}

export interface ImportReport {
  /** How the source's bytes were read (present when the importer decoded them). */
  readonly encoding?: { readonly encoding: string; readonly reason: string; readonly certain: boolean };
  readonly extraction: ExtractionResult;
  /** All decisions, in source-line order. */
  readonly decisions: readonly Decision[];
}

export interface ImportOptions {
  readonly slug: string;
  /** Language of the text, also the name of the Markdown file (`de` → `de.md`). */
  readonly lang?: string;
  /** Base name of the source file, recorded in meta.yaml. */
  readonly sourceFile: string;
  /** Told the name of each stage as it starts, for progress on long inputs. */
  readonly onProgress?: (stage: string) => void;
}

export interface ImportResult {
  readonly markdown: string;
  readonly meta: ImportMeta;
  readonly report: ImportReport;
  /** Number of blocks (ids p1 … pN) in the Markdown. */
  readonly blockCount: number;
}
