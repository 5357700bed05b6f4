/**
 * A reference to a text, a block or a range of blocks: `januar-aufstand`, `januar-aufstand#p12`,
 * `januar-aufstand#p12-p14`. Every anchor link of the site is built through this one value, so that
 * parsing, labels and URLs can never disagree.
 */
import { blockIdPattern, slugPattern } from './ids';
import type { Language as Locale } from './languages';
import { paths } from './routes';

export interface BlockRange {
  from: string;
  /** Last block of a range; absent for a single block. */
  to?: string;
}

export class ReferenceError extends Error {
  override name = 'ReferenceError';
}

/** The citable number of a block: `p12` → `12`, `p12a` → `12a`. */
export function blockNumber(id: string): string {
  return id.slice(1);
}

/** Parses a fragment such as `p12` or `p12-p14`; undefined when it is not a block reference. */
export function parseFragment(fragment: string): BlockRange | undefined {
  const [from, to, ...rest] = fragment.replace(/^#/, '').split('-');
  if (!from || !blockIdPattern.test(from) || rest.length > 0) return undefined;
  if (to === undefined) return { from };
  return blockIdPattern.test(to) ? { from, to } : undefined;
}

export class Reference {
  constructor(
    readonly slug: string,
    readonly range?: BlockRange,
  ) {}

  /** `slug`, `slug#p12` or `slug#p12-p14`. */
  static parse(value: string): Reference {
    const [slug, fragment, ...rest] = value.split('#');
    if (!slug || !slugPattern.test(slug) || rest.length > 0) {
      throw new ReferenceError(`“${value}” is not a reference (expected slug, slug#p12 or slug#p12-p14)`);
    }
    if (fragment === undefined || fragment === '') return new Reference(slug);
    const range = parseFragment(fragment);
    if (!range) throw new ReferenceError(`“${fragment}” in “${value}” is not a block or a range of blocks`);
    return new Reference(slug, range);
  }

  static block(slug: string, id: string): Reference {
    return new Reference(slug, { from: id });
  }

  /** The URL fragment, without `#`: `p12` or `p12-p14`; empty for a whole text. */
  get fragment(): string {
    if (!this.range) return '';
    return this.range.to ? `${this.range.from}-${this.range.to}` : this.range.from;
  }

  /** Site-relative URL of the reference in an interface language. */
  href(locale: Locale): string {
    const fragment = this.fragment;
    return `${paths.text(locale, this.slug)}${fragment ? `#${fragment}` : ''}`;
  }

  /**
   * Site-relative URL of an element of the text's page that is not a block, such as a note's permalink
   * (`note-<id>`): the page is the reference's text, the fragment the element's id.
   */
  elementHref(locale: Locale, elementId: string): string {
    return `${paths.text(locale, this.slug)}#${elementId}`;
  }

  /** The pin-cite numbers: `12` or `12–14`; empty for a whole text. */
  get numbers(): string {
    if (!this.range) return '';
    const from = blockNumber(this.range.from);
    return this.range.to ? `${from}–${blockNumber(this.range.to)}` : from;
  }

  toString(): string {
    const fragment = this.fragment;
    return fragment ? `${this.slug}#${fragment}` : this.slug;
  }
}
