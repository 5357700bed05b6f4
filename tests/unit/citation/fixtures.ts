/**
 * Tiny inline texts for the citation tests: built through the edition's own zod schemas, so that
 * defaults and types are exactly those of a loaded text.
 */
import type { PhrasingContent } from 'mdast';
import type { Block, Language, Text } from '@/lib/content/model';
import { editionMetaSchema, textMetaSchema, type EditionMeta } from '@/lib/content/schema';
import type { BlockKind } from '@/lib/markdown/block';

export const accessed = new Date('2026-03-05T10:00:00Z');
export const baseUrl = 'https://edition.test';

export const fixtureEdition: EditionMeta = editionMetaSchema.parse({
  title: { de: 'Probeausgabe', en: 'Sample edition' },
  subtitle: { de: 'Zweisprachige Leseausgabe', en: 'A bilingual reading edition' },
  editors: { de: 'Redaktion der Probeausgabe', en: 'Editors of the sample edition' },
  url: baseUrl,
  published: 2026,
  about: { de: 'Über die Ausgabe.', en: 'About the edition.' },
  howToCite: { de: 'So zitieren.', en: 'How to cite.' },
});

type BlockSpec = [id: string, kind: BlockKind, text: string];

function block([id, kind, text]: BlockSpec, index: number): Block {
  const children: PhrasingContent[] = [{ type: 'text', value: text }];
  return { id, kind, line: index * 2 + 1, children, text, ...(kind === 'heading' ? { depth: 2 } : {}) };
}

export interface FixtureSpec {
  slug: string;
  title: { de: string; en?: string };
  authors: unknown[];
  translations?: unknown[];
  originalLanguage: string;
  published: Record<string, unknown>;
  blocks: Partial<Record<Language, BlockSpec[]>>;
}

export function fixtureText(spec: FixtureSpec): Text {
  const languages = (['de', 'en'] as const).filter((lang) => spec.blocks[lang]);
  const meta = textMetaSchema.parse({
    slug: spec.slug,
    title: spec.title,
    authors: spec.authors,
    translations: spec.translations ?? (languages.includes('en') && spec.published.language === 'de' ? [{ from: 'de', into: 'en', translators: 'edition' }] : []),
    originalLanguage: spec.originalLanguage,
    published: spec.published,
    languages,
    source: { file: `${spec.slug}.txt`, extraction: 'web' },
    summary: { de: 'Eine Probe.', en: 'A sample.' },
    editionNotes: { de: 'Keine.', en: 'None.' },
    rights: { statement: 'http://rightsstatements.org/vocab/InC/1.0/', de: 'Rechte bei der Verfasserin.', en: 'Rights with the author.' },
  });
  return {
    slug: spec.slug,
    meta,
    versions: languages.map((lang) => ({ lang, file: `texts/${spec.slug}/${lang}.md`, blocks: (spec.blocks[lang] ?? []).map(block) })),
    anchors: { released: (spec.blocks.de ?? []).map(([id]) => id), redirects: {} },
    notes: [],
    files: { meta: `texts/${spec.slug}/meta.yaml`, anchors: `texts/${spec.slug}/anchors.lock.yaml` },
  };
}

/** A German original by one person, in a periodical issue, with an English version; p12a is a later heading. */
export const personText = fixtureText({
  slug: 'chronik',
  title: { de: 'Streiks in Schangaösen: Eine Chronik', en: 'Strikes in Zhanaozen: A Chronicle' },
  authors: [{ given: 'Anna', family: 'Muster' }],
  originalLanguage: 'de',
  published: { date: '2021-12', language: 'de', container: 'Probeblatt', issue: 'Dezember 2021' },
  blocks: {
    de: [
      ['p11', 'paragraph', 'Die Streiks begannen im Dezember.'],
      ['p12', 'paragraph', 'Eine Chronik der Streiks in Schangaösen.'],
      ['p12a', 'heading', 'Nachtrag'],
      ['p13', 'paragraph', 'Die Streiks gingen weiter.'],
      ['p14', 'paragraph', 'Ende.'],
    ],
    en: [
      ['p11', 'paragraph', 'The strikes began in December.'],
      ['p12', 'paragraph', 'A chronicle of the strikes in Zhanaozen.'],
      ['p12a', 'heading', 'Addendum'],
      ['p13', 'paragraph', 'The strikes went on.'],
      ['p14', 'paragraph', 'End.'],
    ],
  },
});

/** An organisation's Russian original, in German by a translator, in English by the edition. */
export const organisationText = fixtureText({
  slug: 'aufruf',
  title: { de: 'Aufruf an die Arbeiter von Aktau', en: 'An Appeal to the Workers of Aktau' },
  authors: [{ literal: 'Komitee der Ölarbeiter' }],
  translations: [
    { from: 'ru', into: 'de', translators: [{ given: 'Maria', family: 'Beispiel' }], date: '2022-02', publishedIn: 'Probeblatt' },
    { from: 'de', into: 'en', translators: 'edition' },
  ],
  originalLanguage: 'ru',
  published: { date: '2022', language: 'ru', title: 'Обращение', container: 'rabochie.test', place: 'Aktau', url: 'https://rabochie.test/aufruf' },
  blocks: {
    de: [['p1', 'paragraph', 'Wir rufen alle Arbeiter zum Streik auf.']],
    en: [['p1', 'paragraph', 'We call on all workers to strike; this appeal is to every worker.']],
  },
});

/** A German text with no English title and no English version. */
export const germanOnlyText = fixtureText({
  slug: 'flugblatt',
  title: { de: 'Flugblatt der Streikenden' },
  authors: [{ literal: 'Streikkomitee' }],
  originalLanguage: 'de',
  published: { date: '2022-01-05', language: 'de', container: 'Flugblatt' },
  blocks: { de: [['p1', 'paragraph', 'Streik!']] },
});
