/**
 * The exports under out/api/texts/ (README, “Exports”), checked against the edition's data and by the
 * official tools:
 * - /api/texts.json lists every export of every text, and each listed file exists;
 * - each TEI is valid against the TEI P5 `tei_all` schema (jing, Debian package `jing`; the schema is
 *   ../shared/schemas/tei_all.rng) and holds every block id of every version, every note (pointing at
 *   words that exist), every glossary occurrence of /api/glossary.json and the translation chain;
 * - each EPUB passes epubcheck (Debian package `epubcheck`) with 0 errors and 0 warnings;
 * - each plain text and Markdown file has every block of its version with its ¶ label and id, in NFC.
 * A missing jing or epubcheck fails the test with how to install it: it is never skipped silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';

const out = path.resolve(process.env.EXPORT_OUT ?? 'out');
const schema = path.resolve(process.env.TEI_SCHEMA ?? '../shared/schemas/tei_all.rng');

interface ExportEntry {
  format: string;
  lang?: string;
  url: string;
  mediaType: string;
}
interface TextEntry {
  slug: string;
  languages: string[];
  exports?: ExportEntry[];
}
interface Occurrence {
  text: string;
  block: string;
  lang: string;
}

function readOut(url: string): Buffer {
  const file = path.join(out, url);
  if (!existsSync(file)) throw new Error(`out${url} is missing (run \`npm run build\`)`);
  return readFileSync(file);
}

const index = JSON.parse(readOut('/api/texts.json').toString('utf8')) as { texts: TextEntry[] };
const glossary = JSON.parse(readOut('/api/glossary.json').toString('utf8')) as { entries: { id: string; occurrences: Occurrence[] }[] };

/** Block ids of a version, read from its Markdown source (`… {#p12}`), not through the edition's parser. */
function sourceIds(slug: string, lang: string): string[] {
  return [...readFileSync(path.resolve('texts', slug, `${lang}.md`), 'utf8').matchAll(/\{#([a-z]\d+[a-z]?)\}\s*$/gm)].map((match) => match[1] ?? '');
}

function elements(tree: Root | Element, name?: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (!name || child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(tree);
  return found;
}

function which(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** Debian's epubcheck is a jar (/usr/bin/epubcheck links to it): run it with java, which needs no binfmt. */
function epubcheckJar(): string | undefined {
  return [process.env.EPUBCHECK_JAR, '/usr/share/java/epubcheck.jar'].find((candidate): candidate is string => !!candidate && existsSync(candidate));
}

describe('exports listed in /api/texts.json', () => {
  test.each(index.texts.map((text) => [text.slug, text] as const))('%s lists TEI, and EPUB, plain text and Markdown per language, all present', (_slug, text) => {
    const exports = text.exports ?? [];
    expect(exports.map((file) => `${file.format}${file.lang ? `.${file.lang}` : ''} ${file.mediaType}`).sort()).toEqual(
      [
        'tei application/tei+xml',
        ...text.languages.flatMap((lang) => [`epub.${lang} application/epub+zip`, `txt.${lang} text/plain; charset=utf-8`, `md.${lang} text/markdown; charset=utf-8`]),
      ].sort(),
    );
    for (const file of exports) expect(readOut(file.url).byteLength, file.url).toBeGreaterThan(0);
  });

  test.each(index.texts.map((text) => [text.slug, text] as const))('%s: the text’s page links every export, in both interface languages', (slug, text) => {
    for (const locale of ['de', 'en']) {
      const page = readOut(`/${locale}/texts/${slug}.html`).toString('utf8');
      const links = [...page.matchAll(/<a href="(\/api\/texts\/[^"]+)"/g)].map((match) => match[1]);
      expect(links, `/${locale}/texts/${slug}`).toEqual((text.exports ?? []).map((file) => file.url));
    }
  });
});

const teis = index.texts.map((text) => {
  const url = text.exports?.find((file) => file.format === 'tei')?.url ?? `/api/texts/${text.slug}.tei.xml`;
  return { text, url, tree: fromXml(readOut(url).toString('utf8')) };
});

describe('TEI', () => {
  test('every TEI is valid against tei_all (jing)', () => {
    if (!which('jing')) throw new Error('jing is not installed: `apt-get install -y jing` (.ci/run installs it)');
    if (!existsSync(schema)) throw new Error(`the TEI schema is missing: ${schema} (see ../shared/schemas/README.md)`);
    const files = teis.map(({ url }) => path.join(out, url));
    const result = spawnSync('jing', [schema, ...files], { encoding: 'utf8' });
    const errors = `${result.stdout}${result.stderr}`.split('\n').filter((line) => / error: /.test(line));
    expect(errors, errors.slice(0, 20).join('\n')).toEqual([]);
    expect(result.status, result.stdout).toBe(0);
  });

  test.each(teis.map((tei) => [tei.text.slug, tei] as const))('%s: every block id of every version, and every pointer resolves', (slug, { text, tree }) => {
    const ids = new Set(elements(tree).flatMap((element) => (typeof element.attributes['xml:id'] === 'string' ? [element.attributes['xml:id']] : [])));
    for (const lang of text.languages) {
      const blocks = sourceIds(slug, lang);
      expect(blocks.length).toBeGreaterThan(0);
      expect(
        blocks.filter((id) => !ids.has(`${lang}-${id}`)),
        `blocks of ${lang} without xml:id`,
      ).toEqual([]);
    }
    const lock = parseYaml(readFileSync(path.resolve('texts', slug, 'anchors.lock.yaml'), 'utf8')) as { released: string[]; redirects?: Record<string, string[]> };
    for (const lang of text.languages) for (const released of lock.released) expect(ids.has(`${lang}-${released}`), `released ${released} (${lang})`).toBe(true);
    const pointers = elements(tree).flatMap((element) =>
      ['target', 'corresp', 'ref'].flatMap((attribute) => (element.attributes[attribute] ?? '').split(/\s+/).filter((value) => value.startsWith('#'))),
    );
    expect(pointers.length).toBeGreaterThan(0);
    expect(pointers.filter((pointer) => !ids.has(pointer.slice(1)))).toEqual([]);
  });

  test.each(teis.map((tei) => [tei.text.slug, tei] as const))('%s: every note of the edition, on its words in every version', (slug, { text, tree }) => {
    const notes = (parseYaml(readFileSync(path.resolve('annotations/notes', `${slug}.yaml`), 'utf8')) as { notes: { id: string; block: string }[] }).notes;
    const teiNotes = elements(tree, 'note').filter((note) => typeof note.attributes['xml:id'] === 'string' && note.attributes['xml:id'].startsWith('note-'));
    expect(teiNotes.map((note) => note.attributes['xml:id']).sort()).toEqual(notes.map((note) => `note-${note.id}`).sort());
    for (const note of notes) {
      const element = teiNotes.find((candidate) => candidate.attributes['xml:id'] === `note-${note.id}`);
      expect(element?.attributes.target).toBe(text.languages.map((lang) => `#${lang}-quote-${note.id}`).join(' '));
      expect(element?.attributes.corresp).toBe(text.languages.map((lang) => `#${lang}-${note.block}`).join(' '));
    }
    expect(elements(tree, 'seg').filter((seg) => seg.attributes.type === 'noteQuote')).toHaveLength(notes.length * text.languages.length);
  });

  test.each(teis.map((tei) => [tei.text.slug, tei] as const))('%s: every glossary occurrence of /api/glossary.json, marked in its block', (slug, { tree }) => {
    const expected = glossary.entries.flatMap((entry) =>
      entry.occurrences.filter((occurrence) => occurrence.text === slug).map((occurrence) => `${occurrence.lang}-${occurrence.block} ${entry.id}`),
    );
    const marked: string[] = [];
    const walk = (node: Element, block: string | undefined) => {
      const id = node.attributes['xml:id'];
      const here = typeof id === 'string' && /^(de|en)-[a-z]\d+[a-z]?$/.test(id) && node.name !== 'anchor' ? id : block;
      const ref = node.attributes.ref;
      if (['persName', 'placeName', 'orgName', 'term'].includes(node.name) && ref?.startsWith('#entry-') && here) marked.push(`${here} ${ref.slice('#entry-'.length)}`);
      for (const child of node.children) if (child.type === 'element') walk(child, here);
    };
    for (const body of elements(tree, 'body')) walk(body, undefined);
    expect(expected.length).toBeGreaterThan(0);
    expect(marked.sort()).toEqual(expected.sort());
  });

  test.each(teis.map((tei) => [tei.text.slug, tei] as const))('%s: the translation chain in the header, ending with the edition’s English', (slug, { tree }) => {
    const meta = parseYaml(readFileSync(path.resolve('texts', slug, 'meta.yaml'), 'utf8')) as { published: { language: string }; translations?: { into: string }[] };
    const chain = elements(tree, 'listBibl').find((list) => list.attributes.type === 'translationChain');
    const languages = elements(chain ?? { type: 'element', name: 'x', attributes: {}, children: [] }, 'textLang').map((element) => element.attributes.mainLang);
    // meta.yaml read on its own: the original's language, then every step's target, in order.
    const steps = (meta.translations ?? []).map((step) => step.into);
    expect(languages).toEqual([meta.published.language, ...steps]);
    expect(languages.at(-1)).toBe('en');
    expect(
      elements(tree, 'sourceDesc')
        .flatMap((desc) => elements(desc, 'idno'))
        .some((idno) => idno.attributes.type === 'file'),
    ).toBe(true);
    expect(elements(tree, 'licence')).toHaveLength(1);
  });
});

describe('EPUB', () => {
  const epubs = index.texts.flatMap((text) => (text.exports ?? []).filter((file) => file.format === 'epub').map((file) => [file.url] as const));

  test('each text has an EPUB per interface language', () => {
    expect(epubs.length).toBe(index.texts.reduce((sum, text) => sum + text.languages.length, 0));
  });

  test.each(epubs)('%s passes epubcheck with 0 errors and 0 warnings', (url) => {
    const jar = epubcheckJar();
    if (!jar) throw new Error('epubcheck is not installed: `apt-get install -y epubcheck` (.ci/run installs it; or set EPUBCHECK_JAR)');
    let report = '';
    try {
      report = execFileSync('java', ['-jar', jar, '--quiet', path.join(out, url)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      report = `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
    }
    expect(
      report.split('\n').filter((line) => /^(FATAL|ERROR|WARNING)/.test(line)),
      report,
    ).toEqual([]);
  });
});

describe('plain text and Markdown', () => {
  const files = index.texts.flatMap((text) =>
    (text.exports ?? []).filter((file) => file.format === 'txt' || file.format === 'md').map((file) => [file.url, text.slug, file.lang ?? ''] as const),
  );

  test.each(files)('%s has every block with its ¶ label and id, in NFC', (url, slug, lang) => {
    const content = readOut(url).toString('utf8');
    expect(content).toBe(content.normalize('NFC'));
    const ids = sourceIds(slug, lang);
    const found = [...content.matchAll(/¶ (\S+) \[([a-z]\d+[a-z]?)\]/g)].map((match) => match[2]);
    expect(found).toEqual(ids);
  });
});
