import { describe, expect, it } from 'vitest';
import { resolveFragment } from '@/client/fragment';

const ids = ['p1', 'p2', 'p3', 'p12a', 'p12b', 'p13', 'p20'];
const redirects = { p12: ['p12a', 'p12b'], p5: ['p3'] };

describe('resolveFragment: every link lands somewhere, with its reason', () => {
  it('lands on an existing block', () => {
    expect(resolveFragment('p2', ids, redirects)).toEqual({ kind: 'block', targets: ['p2'] });
  });

  it('heals a released id that was split, to the blocks that replaced it', () => {
    expect(resolveFragment('p12', ids, redirects)).toEqual({ kind: 'redirected', requested: 'p12', targets: ['p12a', 'p12b'] });
  });

  it('takes an unknown id to the nearest block by number', () => {
    expect(resolveFragment('p18', ids, redirects)).toEqual({ kind: 'nearest', requested: 'p18', targets: ['p20'] });
    expect(resolveFragment('p999', ids, redirects)).toEqual({ kind: 'nearest', requested: 'p999', targets: ['p20'] });
  });

  it('resolves a range, also across a redirected end', () => {
    expect(resolveFragment('p2-p3', ids, redirects)).toEqual({ kind: 'range', targets: ['p2', 'p3'] });
    expect(resolveFragment('p3-p12', ids, redirects)).toEqual({ kind: 'range', targets: ['p3', 'p12a', 'p12b'] });
    expect(resolveFragment('p13-p2', ids, redirects)).toEqual({ kind: 'range', targets: ['p2', 'p3', 'p12a', 'p12b', 'p13'] });
  });

  it('ignores fragments that are not block references', () => {
    expect(resolveFragment('main', ids, redirects)).toEqual({ kind: 'none' });
    expect(resolveFragment('note-sic-x', ids, redirects)).toEqual({ kind: 'none' });
  });
});

describe("resolveFragment: a fragment is anyone's input", () => {
  const hostile = [
    'p1%',
    '%',
    '%%',
    '%E0%A4%A',
    '%C0%AF',
    'p1-%',
    '%70%31',
    'p1-p2-p3',
    '-',
    'p',
    `p${'9'.repeat(400)}`,
    'p1\u0000',
    '\uD800',
    'constructor',
    '__proto__',
    'p1-__proto__',
  ];

  it.each(hostile)('never throws on %j', (fragment) => {
    expect(() => resolveFragment(fragment, ids, redirects)).not.toThrow();
  });

  it('leaves a malformed escape as it is, so it names no block', () => {
    expect(resolveFragment('p1%', ids, redirects)).toEqual({ kind: 'none' });
    expect(resolveFragment('%', ids, redirects)).toEqual({ kind: 'none' });
  });

  it('still decodes well-formed escapes', () => {
    expect(resolveFragment('%70%32', ids, redirects)).toEqual({ kind: 'block', targets: ['p2'] });
  });

  it('does not take an inherited property for a redirect', () => {
    expect(resolveFragment('p1-__proto__', ids, redirects)).toEqual({ kind: 'none' });
  });
});
