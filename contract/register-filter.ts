/** What the register index hands its filter script (client/register-filter.ts), as JSON in `#register-filter-data`. */
export interface RegisterFilterData {
  /** Entries in the register. */
  total: number;
  messages: {
    /** `No entry matches “{query}”.` */
    none: string;
    /** `{count} entry of {total}.` and `{count} entries of {total}.`: the plural chosen with Intl.PluralRules. */
    one: string;
    other: string;
  };
}

/** The register index's hooks its filter script finds (the page writes them, client/register-filter.ts reads them). */
export const registerFilterHooks = {
  /** `<script type="application/json">` with the `RegisterFilterData`. */
  dataId: 'register-filter-data',
  /** The filter box, hidden until the script shows it. */
  boxAttribute: 'data-register-filter',
  listClass: 'register-list',
  letterClass: 'register-letter',
  /** What the filter hides while a query is typed: the kind index and the letter contents. */
  hiddenWhileFiltering: ['register-by-kind', 'register-contents'],
} as const;
