/**
 * Every spelling of every glossary entry finds the same paragraphs as its headword, and never through
 * Pagefind's word search (which substitutes a short common word for an unknown one: `Tokajew` → `to`).
 * Over the real glossary and register: the search page finds a named entry's paragraphs through the
 * register's `term` filter, so the paragraphs a query finds are the register's blocks of its entries.
 */
import { describe, expect, it } from 'vitest';
import { nameIndex, namesOf, planQuery } from '@/client/search-logic';
import { registerOf } from '@/lib/annotations/register';
import { loadEdition } from '@/lib/pipeline/load-edition';
import type { SearchTerm } from '@/contract/search';

const { edition } = loadEdition();
if (!edition) throw new Error('the edition has errors: npm run check');
const register = registerOf(edition);
const terms: SearchTerm[] = edition.glossary;
const index = nameIndex(terms);

function paragraphsFound(query: string): string[] {
  const plan = planQuery(query, index);
  return [...new Set(plan.entries.flatMap((entry) => (register.get(entry.id) ?? []).map((occurrence) => `${occurrence.text}#${occurrence.block}`)))].sort();
}

function paragraphsOf(entry: string): string[] {
  return [...new Set((register.get(entry) ?? []).map((occurrence) => `${occurrence.text}#${occurrence.block}`))].sort();
}

/** Names that more than one entry has (`Qaraghandy`: the city and its region): they find every such entry. */
const owners = new Map<string, Set<string>>();
for (const term of terms) for (const name of namesOf(term)) owners.set(name, (owners.get(name) ?? new Set()).add(term.id));

describe('search over every spelling of every entry', () => {
  it.each(terms.map((term) => [term.id, term] as const))('%s: every name finds the entry’s paragraphs, through the register only', (_id, term) => {
    const expected = paragraphsOf(term.id);
    for (const name of namesOf(term)) {
      const plan = planQuery(name, index);
      expect(plan.entries, name).toContain(term);
      expect(plan.fullText, name).toBe(false);
      const found = paragraphsFound(name);
      if ((owners.get(name)?.size ?? 0) > 1 || plan.entries.length > 1) expect(found, name).toEqual(expect.arrayContaining(expected));
      else expect(found, name).toEqual(expected);
    }
  });

  it('shares a name with another entry only where the glossary means it (a region and its city, an office and its seat)', () => {
    const shared = terms.filter((term) => namesOf(term).some((name) => planQuery(name, index).entries.length > 1)).map((term) => term.id);
    expect(shared.sort()).toEqual(
      [
        'akimat',
        'almaty',
        'almaty-city-administration',
        'central-reference-laboratory',
        'communist-party-kazakh-ssr',
        'communist-party-of-kazakhstan',
        'karaganda',
        'karaganda-region',
        'southern-kazakhstan',
        'west-kazakhstan-region',
        'western-kazakhstan',
      ].sort(),
    );
  });

  it('finds the paragraphs of Tokayev under every spelling, as the register lists them', () => {
    const tokayev = [...new Set((register.get('kassym-jomart-tokayev') ?? []).map((occurrence) => `${occurrence.text}#${occurrence.block}`))].sort();
    expect(tokayev.length).toBeGreaterThan(5);
    for (const spelling of ['Tokajew', 'Toqajew', 'Tokayev', 'tokajew', 'Kassym-Jomart Tokayev', 'Tokaev']) expect(paragraphsFound(spelling), spelling).toEqual(tokayev);
  });

  it('finds the entries of a partial name', () => {
    expect(planQuery('Tengiz', index).partial.map((entry) => entry.id)).toEqual(expect.arrayContaining(['tengizchevroil', 'tengiz-field']));
  });
});
