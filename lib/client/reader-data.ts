import type { Theme } from '@/contract/reader';

/**
 * What a reader page hands its script: interface strings and the text's anchor redirects, as JSON in
 * `<script type="application/json" id="reader-data">`. Shared by the page (server) and client/.
 */
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
    statusClose: string;
  };
  /** The page's annotations file (lib/client/reader-annotations.ts): glosses, notes, the names of each ¶. */
  annotations?: string;
  /** How the ¶ panel labels what it lists (client/panel.ts); the names and notes come from the annotations file. */
  panel?: {
    messages: { title: string; cite: string; none: string; note: string };
  };
  /** Released ids that no longer exist, and the blocks that replaced them. */
  redirects: Record<string, string[]>;
  /**
   * What citing needs at once. The templates of the cited version (contract/cite-tokens.ts
   * `CiteTemplates`) come with the annotations file, fetched when idle: they are most of a citation's
   * weight and no first paint needs them (issue 11).
   */
  cite?: {
    /** The page's URL without fragment: absolute when the edition has a public address, else its path. */
    url: string;
    /** The public address's origin; absent: the page's own (`location.origin`). */
    origin?: string;
    messages: { whole: string; block: string; copied: string; copy: string; quoteFrom: string; extend: string };
    slug: string;
    lang: string;
  };
}
