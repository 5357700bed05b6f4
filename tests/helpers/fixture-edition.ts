/**
 * A tiny, valid edition written to a temporary folder. Tests change one file and check that the
 * gateway reports exactly that problem, with its file and line.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const fixtureFiles: Record<string, string> = {
  'texts/edition.yaml': `title: {de: Testausgabe, en: Test edition}
subtitle: {de: Zweisprachig, en: Bilingual}
editors: {de: Redaktion, en: Editors}
url: https://edition.test
published: 2026
about: {de: Über die Ausgabe., en: About the edition.}
howToCite: {de: So zitieren., en: How to cite.}
`,
  'texts/probe/meta.yaml': `slug: probe
title:
  de: Ein Probetext
  en: A sample text
authors:
  - literal: Probe-Kollektiv
translations:
  - {from: de, into: en, translators: edition}
originalLanguage: de
published:
  date: 2022-01-24
  language: de
  container: Probeblatt
languages: [de, en]
source:
  file: probe.txt
  extraction: web
summary: {de: Eine Probe., en: A sample.}
editionNotes: {de: Keine., en: None.}
rights:
  statement: http://rightsstatements.org/vocab/InC/1.0/
  de: Rechte beim Kollektiv.
  en: Rights with the collective.
`,
  'texts/probe/de.md': `## Erste Überschrift {#p1}

Der erste Absatz mit 40.000 Arbeiter:innen. {#p2}

- Ein Punkt {#p3}
- Noch ein Punkt {#p4}

Der letzte Absatz. {#p5}
`,
  'texts/probe/en.md': `## First heading {#p1}

The first paragraph with 40,000 workers. {#p2}

- One item {#p3}
- Another item {#p4}

The last paragraph. {#p5}
`,
  'texts/probe/anchors.lock.yaml': `released: [p1, p2, p3, p4, p5]
redirects: {}
`,
  'messages/de.json': `{
  "Nav": { "library": "Texte" },
  "Languages": { "de": "Deutsch", "en": "Englisch" }
}
`,
  'messages/en.json': `{
  "Nav": { "library": "Texts" },
  "Languages": { "de": "German", "en": "English" }
}
`,
};

export interface FixtureEdition {
  root: string;
  write: (file: string, content: string) => void;
  /** Writes bytes as they are (write() writes UTF-8). */
  writeBytes: (file: string, content: Uint8Array) => void;
  remove: () => void;
}

/** Writes the fixture edition, with `changes` replacing (or, when null, deleting) files. */
export function createFixtureEdition(changes: Record<string, string | null> = {}): FixtureEdition {
  const root = mkdtempSync(path.join(tmpdir(), 'edition-fixture-'));
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  };
  const files: Record<string, string | null> = { ...fixtureFiles, ...changes };
  // A fixture's glossary counts as released (as the edition's is), unless the test brings its own lock.
  const glossary = files['annotations/glossary.yaml'];
  if (glossary && !('annotations/glossary.lock.yaml' in changes)) {
    const ids = [...glossary.matchAll(/^\s*- id: ([a-z0-9-]+)\s*$/gm)].map((match) => match[1]);
    files['annotations/glossary.lock.yaml'] = `released: [${ids.join(', ')}]\nredirects: {}\n`;
  }
  for (const [file, content] of Object.entries(files)) {
    if (content !== null) write(file, content);
  }
  const writeBytes = (file: string, content: Uint8Array) => writeFileSync(path.join(root, file), content);
  return { root, write, writeBytes, remove: () => rmSync(root, { recursive: true, force: true }) };
}
