/**
 * A tiny edition for the export generators: one text whose German and English name a person, a place
 * and a term, with a heading, a list, a note on exact words, a released id that was split, and the
 * German itself a translation from Russian.
 */
import { annotateText, type AnnotatedText } from '@/lib/annotations/annotate-text';
import { loadEdition } from '@/lib/pipeline/load-edition';
import type { Edition } from '@/lib/content/model';
import type { ExportLabels } from '@/lib/export/labels';
import { proseToHast } from '@/lib/markdown/prose-to-hast';
import { createFixtureEdition, fixtureFiles } from '../../helpers/fixture-edition';

export const exportFixtureFiles: Record<string, string> = {
  'texts/probe/meta.yaml': (fixtureFiles['texts/probe/meta.yaml'] ?? '')
    .replace(
      '  - {from: de, into: en, translators: edition}\noriginalLanguage: de',
      '  - {from: ru, into: de, translators: [{given: Christoph, family: Wälz}]}\n  - {from: de, into: en, translators: edition}\noriginalLanguage: ru',
    )
    .replace('  language: de\n  container: Probeblatt', '  language: ru\n  container: Probeblatt\n  url: https://probe.test/1'),
  'texts/probe/de.md': `## Streik in Almaty {#p1}

Tokajew sprach von 40.000 Terroristen in Almaty. {#p2}

- Ein *Streik* {#p3}
- Noch ein Punkt {#p4}

Der letzte Absatz. {#p5}
`,
  'texts/probe/en.md': `## Strike in Almaty {#p1}

Tokayev spoke of 40,000 terrorists in Almaty. {#p2}

- A *strike* {#p3}
- Another item {#p4}

The last paragraph. {#p5}
`,
  'texts/probe/anchors.lock.yaml': `released: [p1, p2, p3, p4, p5, p9]
redirects: {p9: [p3, p4]}
`,
  'annotations/glossary.yaml': `entries:
  - id: tokayev
    kind: person
    headword: {de: Qassym-Schomart Toqajew, en: Kassym-Jomart Tokayev}
    forms: {de: [Tokajew], en: [Tokayev]}
    aka: [Toqaev]
    gloss: {de: Präsident seit 2019., en: President since 2019.}
  - id: almaty
    kind: place
    headword: {de: Almaty, en: Almaty}
    forms: {de: [Almaty], en: [Almaty]}
    gloss: {de: Größte Stadt., en: Largest city.}
  - id: strike
    kind: term
    headword: {de: Streik, en: strike}
    forms: {de: [Streik], en: [Strike, strike]}
    gloss: {de: Die *Arbeitsniederlegung*., en: A *stoppage* of work.}
`,
  'annotations/notes/probe.yaml': `notes:
  - id: terroristen
    block: p2
    kind: contested
    quote: {de: "40.000 Terroristen", en: "40,000 terrorists"}
    body: {de: "So sagte er; vgl. [Abs. 5](text:probe#p5).", en: "So he said; compare [¶ 5](text:probe#p5)."}
    sources: [{title: Rede, date: 2022-01-10, url: https://example.org/rede}]
`,
};

export function loadExportFixture(): { edition: Edition; annotated: AnnotatedText } {
  const fixture = createFixtureEdition(exportFixtureFiles);
  try {
    const { edition, problems } = loadEdition(fixture.root);
    if (!edition) throw new Error(problems.map((problem) => problem.message).join('\n'));
    const text = edition.texts[0];
    if (!text) throw new Error('the fixture has no text');
    return { edition, annotated: annotateText(text, edition.glossary) };
  } finally {
    fixture.remove();
  }
}

export const fixtureUrl = 'https://edition.test';
export const resolveHref = (href: string) => new URL(href, fixtureUrl).href;
export const prose = proseToHast;

export const labels: ExportLabels = {
  lang: 'en',
  paragraph: (number) => `¶ ${number}`,
  languageName: (code) => ({ de: 'German', en: 'English', ru: 'Russian' })[code] ?? code,
  authors: 'Written by',
  translatorsInto: (lang) => (lang === 'de' ? 'German translation' : 'English translation'),
  firstPublished: 'First published',
  rights: 'Rights',
  editionNotes: 'Notes on the text',
  editionCredit: (edition) => `From: ${edition}`,
  address: (url) => `Address: ${url}`,
  contents: 'Contents',
  titlePage: 'Title page',
  text: 'Text',
  notes: 'Editors’ notes',
  note: (number) => `Note ${number}`,
  backToText: (number) => `back to ¶ ${number}`,
  glossary: 'Glossary',
  spellings: 'Spellings',
  sources: 'Sources',
  summary: 'Bilingual edition.',
};
