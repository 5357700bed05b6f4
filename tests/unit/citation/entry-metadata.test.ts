import { describe, expect, it } from 'vitest';
import { entryMetadata } from '@/lib/citation/entry-metadata';
import { glossaryEntrySchema } from '@/lib/content/schema';
import { baseUrl, fixtureEdition } from './fixtures';

const csto = glossaryEntrySchema.parse({
  id: 'csto',
  kind: 'organisation',
  headword: { de: 'OVKS (CSTO)', en: 'CSTO' },
  forms: { de: ['CSTO'], en: ['CSTO', 'Collective Security Treaty Organization'] },
  aka: ['ОДКБ'],
  gloss: { de: 'Ein Bündnis.', en: 'An alliance.' },
});

const metadata = entryMetadata(csto, fixtureEdition, { locale: 'en', url: baseUrl, registerTitle: 'Glossary and index', description: 'An alliance.' });
const tag = (name: string) => [...metadata.highwire, ...metadata.dublinCore].filter((item) => item.name === name).map((item) => item.content);

describe('the metadata of an entry’s page', () => {
  it('cites the page as a web page by the edition’s editors, at its own address, in the interface language', () => {
    expect(tag('citation_title')).toEqual(['CSTO']);
    expect(tag('citation_author')).toEqual(['Editors of the sample edition,']);
    expect(tag('citation_public_url')).toEqual(['https://edition.test/en/glossary/csto']);
    expect(tag('citation_language')).toEqual(['en']);
    expect(tag('DC.type')).toEqual(['webpage']);
    expect(metadata.openGraph).toContainEqual({ property: 'og:url', content: 'https://edition.test/en/glossary/csto' });
  });

  it('describes the entry as a term of the register, with its other names', () => {
    expect(metadata.jsonLd).toMatchObject({
      '@type': 'DefinedTerm',
      '@id': 'https://edition.test/en/glossary/csto',
      name: 'CSTO',
      termCode: 'csto',
      inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'Glossary and index', url: 'https://edition.test/en/glossary' },
    });
    expect(metadata.jsonLd.alternateName).toEqual(['OVKS (CSTO)', 'Collective Security Treaty Organization', 'ОДКБ']);
  });
});
