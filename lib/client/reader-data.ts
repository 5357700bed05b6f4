import type { CiteSet } from '../citation/cite-templates';

/**
 * What a reader page hands its script: interface strings and the text's anchor redirects, as JSON in
 * `<script type="application/json" id="reader-data">`. Shared by the page (server) and client/.
 */
export const views = ['de', 'en', 'parallel', 'interleaved'] as const;
export type View = (typeof views)[number];

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** Text sizes in per cent of the base size, smallest to largest. */
export const textSizes = [90, 100, 112, 125, 140] as const;

export interface ReaderData {
  messages: {
    reveal: string;
    conceal: string;
    range: string;
    missing: string;
    redirected: string;
    theme: string;
    themes: Record<Theme, string>;
    languages: Record<'de' | 'en', string>;
  };
  /** Released ids that no longer exist, and the blocks that replaced them. */
  redirects: Record<string, string[]>;
  /** Citation templates for one ¶ and for a range (see lib/citation/cite-templates.ts). */
  cite?: {
    single: CiteSet;
    range: CiteSet;
    /** The page's absolute URL, without fragment. */
    url: string;
    messages: { whole: string; block: string; copied: string; copy: string; quoteFrom: string };
    slug: string;
    lang: string;
  };
}

export const storageKeys = { view: 'edition:view', theme: 'edition:theme', size: 'edition:size', gloss: 'edition:gloss' } as const;
