import { describe, expect, it } from 'vitest';
import { bibliography, workKey } from '@/lib/annotations/sources';
import { sourceSchema, type Source } from '@/lib/content/schema';

const source = (fields: Record<string, unknown>): Source => sourceSchema.parse(fields);
const note = (text: string, id: string, number: number, block: string, sources: Source[]) => ({ text, note: id, number, block, sources });

describe('the bibliography', () => {
  it('lists a work cited by two notes and an entry once, with all three', () => {
    const tass = source({ title: 'Envoy in Russia', publisher: 'TASS', date: '2022-01-08', url: 'https://tass.com/world/1385113', verified: true });
    const works = bibliography({
      notes: [note('a', 'n1', 3, 'p36', [tass]), note('b', 'n2', 7, 'p12', [source({ title: 'Envoy in Russia', url: 'http://www.tass.com/world/1385113/', verified: true })])],
      entries: [{ id: 'csto', sources: [tass] }],
    });
    expect(works).toHaveLength(1);
    expect(works[0]).toMatchObject({ title: 'Envoy in Russia', publisher: 'TASS', verified: true });
    expect(works[0]?.notes).toEqual([
      { text: 'a', note: 'n1', number: 3, block: 'p36' },
      { text: 'b', note: 'n2', number: 7, block: 'p12' },
    ]);
    expect(works[0]?.entries).toEqual(['csto']);
  });

  it('tells works without an address apart by title and publisher', () => {
    const works = bibliography({
      notes: [note('a', 'n1', 1, 'p1', [source({ title: 'Politik', publisher: 'Botschaft' }), source({ title: 'Politik', publisher: 'Reuters' }), source({ title: ' politik ', publisher: 'botschaft' })])],
      entries: [],
    });
    expect(works.map((work) => work.publisher)).toEqual(['Botschaft', 'Reuters']);
  });

  it('calls a work verified only when every citation says so, and keeps every remark', () => {
    const [work] = bibliography({
      notes: [
        note('a', 'n1', 1, 'p1', [source({ title: 'T', url: 'https://x.test/a', verified: true, checked: '2026-11-30' })]),
        note('a', 'n2', 2, 'p2', [source({ title: 'T', url: 'https://x.test/a', checked: '2026-12-02', remark: 'Headline not visible.' })]),
      ],
      entries: [],
    });
    expect(work).toMatchObject({ verified: false, checked: '2026-12-02', remarks: ['Headline not visible.'] });
  });

  it('takes an unmarked citation for unverified', () => {
    expect(source({ title: 'T' }).verified).toBe(false);
  });

  it('sorts like a bibliography: by author, else by title, ignoring opening quotation marks', () => {
    const works = bibliography({
      notes: [
        note('a', 'n1', 1, 'p1', [
          source({ title: 'Zhanaozen', url: 'https://x.test/1' }),
          source({ title: '“Kazakhstan: Trade Union Shut Down”', url: 'https://x.test/2' }),
          source({ title: 'Interview', author: 'Baituova, Gaziza', url: 'https://x.test/3' }),
        ]),
      ],
      entries: [],
    });
    expect(works.map((work) => work.author ?? work.title)).toEqual(['Baituova, Gaziza', '“Kazakhstan: Trade Union Shut Down”', 'Zhanaozen']);
  });

  it('keys a work by its address without scheme, www. or trailing slash', () => {
    expect(workKey(source({ title: 'A', url: 'https://www.Example.org/x/' }))).toBe(workKey(source({ title: 'B', url: 'http://example.org/x' })));
    expect(workKey(source({ title: 'A', url: 'https://example.org/x?id=1' }))).not.toBe(workKey(source({ title: 'A', url: 'https://example.org/x?id=2' })));
  });
});
