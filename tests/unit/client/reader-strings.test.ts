import { describe, expect, it } from 'vitest';
import { readerStringsByLanguage } from '@/lib/client/reader-strings';

/** Every string of a nested record, by its dotted path. */
function leaves(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => leaves(inner, at ? `${at}.${key}` : key));
}

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the reader script’s strings (compiled into the script, in no page)', () => {
  const strings = readerStringsByLanguage();

  it('come from messages/ in both interface languages, none empty', () => {
    expect(strings.de.panel.names).toBe('Namen in diesem ¶');
    expect(strings.en.cite.copy).toBe('Copy');
    for (const [lang, set] of Object.entries(strings)) for (const [at, value] of leaves(set)) expect(value.trim(), `${lang}: ${at}`).not.toBe('');
  });

  it('keep their placeholders for the script to fill, the same in German and English', () => {
    expect(placeholders(strings.de.range)).toEqual(['from', 'to']);
    const en = new Map(leaves(strings.en));
    for (const [at, value] of leaves(strings.de)) expect(placeholders(en.get(at) ?? ''), at).toEqual(placeholders(value));
  });
});
