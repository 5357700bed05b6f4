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

const metadata = entryMetadata(csto, fixtureEdition, { locale: 'en', url: new URL(baseUrl), registerTitle: 'Glossary and index', description: 'An alliance.' });
const tag = (name: string) => metadata.meta.filter((item) => item.name === name).map((item) => item.content);

describe('the metadata of an entry’s page', () => {
  it('cites the page as a web page by the edition’s editors, at its own address, in the interface language', () => {
    // Zotero's Embedded Metadata rules: z.itemType decides the type; no citation_* tag, no DC.type.
    expect(tag('z.itemType')).toEqual(['webpage']);
    expect(tag('DC.title')).toEqual(['CSTO']);
    expect(tag('DC.creator')).toEqual(['Editors of the sample edition,']);
    expect(tag('DC.identifier')).toEqual(['https://edition.test/en/glossary/csto']);
    expect(tag('DC.language')).toEqual(['en']);
    expect(metadata.meta.filter((item) => item.name.startsWith('citation_') || item.name === 'DC.type')).toEqual([]);
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
