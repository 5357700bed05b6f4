/**
 * The head metadata names that reference managers read (lib/citation/metadata.ts writes them) and that
 * the copy handler reads back before the citation templates have arrived (client/page-reference.ts).
 */
export const metaNames = { title: 'DC.title', creator: 'DC.creator', date: 'DC.date' } as const;
export const metaProperties = { siteName: 'og:site_name' } as const;
