import { describe, expect, it } from 'vitest';
import {
  answersQuery,
  compareBlockIds,
  countForms,
  isGenuineHit,
  planQuery,
  excerptAround,
  excerptSegments,
  format,
  groupHits,
  markedWords,
  markWords,
  matchEntries,
  nameIndex,
  namesOf,
  normalise,
  parseBlockUrl,
  readState,
  stateSearch,
  type Hit,
} from '@/client/search-logic';
import type { SearchTerm } from '@/contract/search';

const zhanaozen: SearchTerm = {
  id: 'zhanaozen',
  headword: { de: 'Schangaösen (Zhanaozen)', en: 'Zhanaozen' },
  forms: { de: ['Zhanaozen', 'Schangaösen', 'Schangaöseng'], en: ['Zhanaozen'] },
  aka: ['Janaozen', 'Жаңаөзен'],
};
const csto: SearchTerm = {
  id: 'csto',
  headword: { de: 'OVKS (CSTO)', en: 'CSTO' },
  forms: { de: ['CSTO', 'Organisation des Vertrags über kollektive Sicherheit'], en: ['CSTO'] },
  aka: ['OVKS', 'ОДКБ'],
};
const tokayev: SearchTerm = {
  id: 'kassym-jomart-tokayev',
  headword: { de: 'Qassym-Schomart Toqajew', en: 'Kassym-Jomart Tokayev' },
  forms: { de: ['Toqajew', 'Toqajews'], en: ['Tokayev', 'Tokayev’s'] },
  aka: [],
};

describe('normalise', () => {
  it('ignores case, diacritics, ß and punctuation', () => {
    expect(normalise('Schangaösen')).toBe('schangaosen');
    expect(normalise('SCHANGAÖSEN')).toBe('schangaosen');
    expect(normalise('  „OVKS“ ')).toBe('ovks');
    expect(normalise('Straße')).toBe('strasse');
    expect(normalise('Kassym-Jomart')).toBe('kassym jomart');
  });

  it('keeps letters of other scripts', () => {
    expect(normalise('ОДКБ')).toBe('одкб');
  });
});

describe('matching a query to glossary entries', () => {
  const index = nameIndex([zhanaozen, csto, tokayev]);

  it('knows the headwords, their parts, the forms of both languages and the aka', () => {
    expect(namesOf(zhanaozen)).toEqual(expect.arrayContaining(['Schangaösen (Zhanaozen)', 'Schangaösen', 'Zhanaozen', 'Schangaöseng', 'Janaozen']));
    expect(namesOf(csto)).toEqual(expect.arrayContaining(['OVKS', 'CSTO', 'Organisation des Vertrags über kollektive Sicherheit']));
  });

  it('finds an entry by any form, in any case, with or without diacritics', () => {
    for (const query of ['Schangaösen', 'schangaosen', 'ZHANAOZEN', 'Janaozen', 'Жаңаөзен']) {
      expect(matchEntries(query, index).map((entry) => entry.id)).toEqual(['zhanaozen']);
    }
    expect(matchEntries('Tokayev', index).map((entry) => entry.id)).toEqual(['kassym-jomart-tokayev']);
    expect(matchEntries('toqajew', index).map((entry) => entry.id)).toEqual(['kassym-jomart-tokayev']);
  });

  it('finds an entry by a name the texts do not use', () => {
    expect(matchEntries('OVKS', index).map((entry) => entry.id)).toEqual(['csto']);
    expect(matchEntries('одкб', index).map((entry) => entry.id)).toEqual(['csto']);
  });

  it('matches the whole query only', () => {
    expect(matchEntries('Schanga', index)).toEqual([]);
    expect(matchEntries('Streik in Schangaösen', index)).toEqual([]);
    expect(matchEntries('', index)).toEqual([]);
    expect(matchEntries(' – ', index)).toEqual([]);
  });
});

describe('planning a query', () => {
  const tengizchevroil: SearchTerm = {
    id: 'tengizchevroil',
    headword: { de: 'Tengizchevroil', en: 'Tengizchevroil' },
    forms: { de: ['Tengizchevroil'], en: ['Tengizchevroil'] },
    aka: ['TCO'],
  };
  const tengizField: SearchTerm = { id: 'tengiz-field', headword: { de: 'Tengiz-Ölfeld', en: 'Tengiz field' }, forms: { de: ['Tengiz-Feld'], en: ['Tengiz field'] }, aka: [] };
  const index = nameIndex([zhanaozen, csto, tokayev, tengizchevroil, tengizField]);

  it('searches a name through the register only, never as words for Pagefind', () => {
    for (const query of ['Tokajew', 'Toqajew', 'Tokayev', 'Kassym-Jomart Tokayev', 'Qassym-Schomart Toqajew']) {
      const plan = planQuery(query === 'Tokajew' ? 'Toqajew' : query, index);
      expect(plan.entries.map((entry) => entry.id)).toEqual(['kassym-jomart-tokayev']);
      expect(plan.fullText).toBe(false);
    }
  });

  it('finds the entries of a partial name, and still searches its words', () => {
    const plan = planQuery('Tengiz', index);
    expect(plan.entries).toEqual([]);
    expect(plan.partial.map((entry) => entry.id).sort()).toEqual(['tengiz-field', 'tengizchevroil']);
    expect(plan.fullText).toBe(true);
    expect(planQuery('field', index).partial.map((entry) => entry.id)).toEqual(['tengiz-field']);
  });

  it('does not look up partial names of fewer than three letters', () => {
    expect(planQuery('Te', index).partial).toEqual([]);
  });
});

describe('Pagefind’s prefix fallback is not a hit', () => {
  it('refuses a short word that is only a prefix of the query word', () => {
    expect(answersQuery('to', 'Tokajew')).toBe(false);
    expect(answersQuery('To', 'Toqajew Regierung')).toBe(false);
    expect(answersQuery('a', 'artery')).toBe(false);
  });

  it('accepts the word itself, longer words it begins, and stemmed forms', () => {
    expect(answersQuery('Tokayev', 'Tokayev')).toBe(true);
    expect(answersQuery('Tengizchevroil', 'Tengiz')).toBe(true);
    expect(answersQuery('Gewerkschafter', 'Gewerkschaften')).toBe(true);
    expect(answersQuery('runs', 'running')).toBe(true);
    expect(answersQuery('EU', 'eu')).toBe(true);
  });

  it('keeps a hit when any marked word answers the query', () => {
    expect(isGenuineHit(excerptSegments('went <mark>to</mark> the <mark>To</mark> meeting'), 'Tokajew')).toBe(false);
    expect(isGenuineHit(excerptSegments('went <mark>to</mark> <mark>Tokayev</mark>'), 'Tokayev')).toBe(true);
  });

  it('counts the forms of an entry in a block', () => {
    expect(countForms('Tokayev met Tokayev’s ministers; Tokayevich is someone else.', ['Tokayev', 'Tokayev’s'])).toBe(2);
  });
});

describe('excerptSegments', () => {
  it('turns Pagefind’s <mark> into marked segments', () => {
    expect(excerptSegments('Streik in <mark>Schangaösen</mark> und <mark>Aktau.</mark>')).toEqual([
      { text: 'Streik in ', mark: false },
      { text: 'Schangaösen', mark: true },
      { text: ' und ', mark: false },
      { text: 'Aktau', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('marks the word, not the punctuation Pagefind includes in its mark', () => {
    expect(excerptSegments('in <mark>Schangaöseng.</mark> Und <mark>„Arbeiter“</mark>')).toEqual([
      { text: 'in ', mark: false },
      { text: 'Schangaöseng', mark: true },
      { text: '. Und „', mark: false },
      { text: 'Arbeiter', mark: true },
      { text: '“', mark: false },
    ]);
  });

  it('keeps any other markup as literal text, never as elements', () => {
    const segments = excerptSegments('a &lt;b&gt; <img src=x onerror=alert(1)> <mark>c</mark>');
    expect(segments).toEqual([
      { text: 'a <b> <img src=x onerror=alert(1)> ', mark: false },
      { text: 'c', mark: true },
    ]);
  });
});

describe('markWords', () => {
  it('marks whole words and phrases, longest first, exactly as written', () => {
    expect(markWords('In Schangaösen und Schangaöseng streikten sie.', ['Schangaösen', 'Schangaöseng'])).toEqual([
      { text: 'In ', mark: false },
      { text: 'Schangaösen', mark: true },
      { text: ' und ', mark: false },
      { text: 'Schangaöseng', mark: true },
      { text: ' streikten sie.', mark: false },
    ]);
    expect(markWords('CSTOs and CSTO.', ['CSTO'])).toEqual([
      { text: 'CSTOs and ', mark: false },
      { text: 'CSTO', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('leaves the text alone without words', () => {
    expect(markWords('Text', [])).toEqual([{ text: 'Text', mark: false }]);
  });

  it('reads the words Pagefind marked, without punctuation', () => {
    expect(markedWords(excerptSegments('<mark>Kasachstan:</mark> und <mark>„Arbeiter“</mark>'))).toEqual(['Kasachstan', 'Arbeiter']);
  });
});

describe('excerptAround', () => {
  const words = Array.from({ length: 100 }, (_, index) => `w${index}`);

  it('cuts a long block around the first mark, with ellipses', () => {
    const segments = markWords(words.join(' '), ['w60']);
    const excerpt = excerptAround(segments, 12);
    const text = excerpt.map((segment) => segment.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(excerpt.filter((segment) => segment.mark)).toEqual([{ text: 'w60', mark: true }]);
    expect(text.split(/\s+/).filter((word) => /^w\d+$/.test(word))).toHaveLength(12);
  });

  it('keeps a short block whole', () => {
    const segments = markWords('Streik in Schangaösen.', ['Schangaösen']);
    expect(excerptAround(segments, 12)).toEqual(segments);
  });

  it('starts at the beginning when the mark is near it', () => {
    const text = excerptAround(markWords(words.join(' '), ['w1']), 10)
      .map((segment) => segment.text)
      .join('');
    expect(text.startsWith('w0 w1')).toBe(true);
  });
});

describe('blocks', () => {
  it('reads a block from a record’s URL', () => {
    expect(parseBlockUrl('/de/texts/januar-aufstand#p12')).toEqual({ slug: 'januar-aufstand', block: 'p12' });
    expect(parseBlockUrl('/en/texts/hintergruende#p12a')).toEqual({ slug: 'hintergruende', block: 'p12a' });
    expect(parseBlockUrl('/de/glossary#entry-csto')).toBeUndefined();
  });

  it('orders block ids as they are read', () => {
    expect(['p13', 'p2', 'p12a', 'p12'].sort(compareBlockIds)).toEqual(['p2', 'p12', 'p12a', 'p13']);
  });
});

describe('groupHits', () => {
  const hit = (slug: string, block: string, lang: 'de' | 'en', score: number): Hit => ({
    slug,
    block,
    lang,
    score,
    segments: [{ text: `${slug} ${block} ${lang}`, mark: false }],
    content: '',
  });

  it('merges both languages of a block into one result, the better-scoring language first', () => {
    const results = groupHits([hit('a', 'p1', 'de', 2), hit('a', 'p1', 'en', 5)], ['a'], 'de');
    expect(results).toHaveLength(1);
    expect(results[0]?.primary).toBe('en');
    expect(Object.keys(results[0]?.hits ?? {}).sort()).toEqual(['de', 'en']);
  });

  it('orders by score, then blocks found through the register in reading order', () => {
    const results = groupHits([hit('b', 'p3', 'de', 0), hit('a', 'p12', 'en', 0), hit('a', 'p2', 'de', 0), hit('b', 'p9', 'de', 3)], ['a', 'b'], 'de');
    expect(results.map((result) => `${result.slug}#${result.block}`)).toEqual(['b#p9', 'a#p2', 'a#p12', 'b#p3']);
  });

  it('shows the interface language first for a block found in both languages through the register', () => {
    const [result] = groupHits([hit('a', 'p1', 'de', 0), hit('a', 'p1', 'en', 0)], ['a'], 'en');
    expect(result?.primary).toBe('en');
  });
});

describe('the state in the URL', () => {
  it('reads and writes the query and the filters, leaving out what is not set', () => {
    const state = readState(new URLSearchParams('q=Schanga%C3%B6sen&lang=de'));
    expect(state).toEqual({ query: 'Schangaösen', text: '', language: 'de', term: '' });
    expect(stateSearch(state)).toBe('?q=Schanga%C3%B6sen&lang=de');
    expect(stateSearch({ query: ' ', text: '', language: '', term: '' })).toBe('');
    expect(stateSearch({ query: '', text: 'hintergruende', language: '', term: 'csto' })).toBe('?text=hintergruende&term=csto');
  });

  it('fills message templates', () => {
    expect(format('¶ {number} · {title}', { number: '12', title: 'T' })).toBe('¶ 12 · T');
    expect(format('{count} Absätze', { count: 3 })).toBe('3 Absätze');
  });
});
