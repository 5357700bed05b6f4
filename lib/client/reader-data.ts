/**
 * What a reader page hands its script, as JSON in `<script type="application/json" id="reader-data">`:
 * only what is the page's own. Its interface strings are compiled into the script
 * (contract/reader-strings.ts). Shared by the page (server) and client/.
 */
export interface ReaderData {
  /** The page's annotations file (lib/client/reader-annotations.ts): glosses, notes, the names of each ¶, the cite templates. */
  annotations?: string;
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
    slug: string;
    lang: string;
  };
}
