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
