/**
 * After `next build` (and the search index), before postbuild: the exports of every text, from the
 * content gateway and the annotation pipeline, never by hand (README, “Exports”):
 * - api/texts/<slug>.tei.xml: TEI P5, both versions, notes and glossary;
 * - api/texts/<slug>.<lang>.epub: EPUB 3, both versions interleaved, the apparatus in <lang>;
 * - api/texts/<slug>.<lang>.txt and .md: one version with ¶ labels and ids.
 * Which files there are and where they go is lib/export/catalogue.ts; /api/texts.json lists the same.
 * Prints each file's size. postbuild, which runs next, precompresses the text formats with the rest.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import de from '../messages/de.json';
import en from '../messages/en.json';
import { annotateText } from '../lib/annotations/annotate-text';
import { buildDate } from '../lib/build-date';
import { Reference } from '@/contract/reference';
import type { Language, Text } from '../lib/content/model';
import { editionUrl, getEdition } from '../lib/edition';
import { textExports, type ExportFile } from '../lib/export/catalogue';
import { buildEpub } from '../lib/export/epub';
import type { FontFile } from '../lib/export/epub/fonts';
import type { ExportLabels } from '../lib/export/labels';
import { versionToMarkdown, versionToText } from '../lib/export/plain-text';
import { teiDocument } from '../lib/export/tei/document';
import { textHead } from '../lib/export/text-head';
import { languageCode } from '../lib/languages';
import { proseToHast } from '../lib/markdown/prose-to-hast';
import { stagingDir } from './editions.js';

// The build finishes the edition in its staging folder; scripts/publish.js switches it into place.
const out = stagingDir;
const messages = { de, en } as const;

function labelsFor(lang: Language): ExportLabels {
  const t = createTranslator({ locale: lang, messages: messages[lang] });
  return {
    lang,
    paragraph: (number) => t('Text.paragraph', { number }),
    languageName: (code) => t(`Languages.${languageCode(code)}`),
    authors: t('Text.authors'),
    translatorsInto: (into) => t(`Text.translatorsInto.${into}`),
    firstPublished: t('Text.firstPublished'),
    rights: t('Text.rights'),
    editionNotes: t('Text.editionNotes'),
    editionCredit: (edition) => t('Export.editionCredit', { edition }),
    address: (url) => t('Export.address', { url }),
    contents: t('Export.contents'),
    titlePage: t('Export.titlePage'),
    text: t('Export.text'),
    notes: t('Annotations.notes'),
    note: (number) => t('Annotations.note', { number }),
    backToText: (number) => t('Export.backToText', { number }),
    glossary: t('Export.glossary'),
    spellings: t('Register.forms'),
    sources: t('Annotations.sources'),
    summary: t('Export.summary'),
  };
}

/**
 * The font files scripts/build-fonts.ts wrote (public/fonts/source-serif-4-<subset>-<weight>-<style>.woff2),
 * with the Unicode ranges of their subsets from the @fontsource package.
 */
function readFonts(): FontFile[] {
  const fontsDir = path.resolve('public/fonts');
  const ranges = JSON.parse(readFileSync(path.resolve('node_modules/@fontsource/source-serif-4/unicode.json'), 'utf8')) as Record<string, string>;
  return readdirSync(fontsDir).flatMap((name): FontFile[] => {
    const match = /^source-serif-4-(.+)-(\d{3})-(normal|italic)\.woff2$/.exec(name);
    const subset = match?.[1];
    const range = subset ? ranges[subset] : undefined;
    if (!match || !range) return [];
    return [
      {
        name,
        family: 'Source Serif 4',
        style: match[3] === 'italic' ? 'italic' : 'normal',
        weight: Number(match[2]),
        ranges: range.split(',').map((part) => {
          const [from = '', to] = part.trim().replace('U+', '').split('-');
          return [parseInt(from, 16), parseInt(to ?? from, 16)] as const;
        }),
        data: readFileSync(path.join(fontsDir, name)),
      },
    ];
  });
}

// Without a public address nothing invents a host: the TEI and the text files keep site-relative
// addresses, the EPUB (read away from the site) keeps the words of a site link without the link and
// names itself by a name-based UUID.
const base = editionUrl();
const absolute = (href: string) => (base ? new URL(href, base).href : href);
const fromBook = (href: string) => (base || !href.startsWith('/') ? absolute(href) : undefined);

/** A stable RFC 4122 name-based (SHA-1, version 5 layout) UUID URN for a file of the edition. */
function nameUuid(name: string): string {
  const hex = createHash('sha1').update(`kasachstan-2022:${name}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

function render(text: Text, file: ExportFile): string | Uint8Array {
  const edition = getEdition();
  const annotated = annotateText(text, edition.glossary);
  const built = buildDate().toISOString().slice(0, 10);
  const reference = new Reference(text.slug);
  if (file.format === 'tei') {
    return teiDocument(annotated, {
      edition: edition.meta,
      glossary: edition.glossary,
      urls: { page: absolute(reference.href('de')), tei: absolute(file.url) },
      prose: (markdown, lang) => proseToHast(markdown, lang),
      resolveHref: absolute,
      built,
    });
  }
  const lang = file.lang ?? 'de';
  const labels = labelsFor(lang);
  const version = text.versions.find((candidate) => candidate.lang === lang);
  if (!version) throw new Error(`${text.slug}: no ${lang} version for ${file.url}`);
  const versionHead = textHead(text, edition.meta, lang, absolute(reference.href(lang)), labels, lang);
  if (file.format === 'txt') return versionToText(version, versionHead, labels.paragraph);
  if (file.format === 'md') return versionToMarkdown(version, versionHead, labels.paragraph);
  const head = textHead(text, edition.meta, lang, absolute(reference.href(lang)), labels);
  return buildEpub(annotated, {
    lang,
    labels,
    edition: edition.meta,
    glossary: edition.glossary,
    head,
    identifier: base ? absolute(file.url) : nameUuid(file.url),
    fonts,
    prose: (markdown, proseLang) => proseToHast(markdown, proseLang),
    resolveHref: fromBook,
    built: buildDate(),
  }).bytes;
}

const fonts = readFonts();
if (fonts.length === 0) {
  console.error('✗ exports: no fonts in public/fonts (run `tsx scripts/build-fonts.ts` first; `npm run build` does)');
  process.exit(1);
}
const started = Date.now();
let total = 0;
let count = 0;
for (const text of getEdition().texts) {
  for (const file of textExports(text)) {
    const content = render(text, file);
    const target = path.join(out, file.url);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    total += bytes;
    count += 1;
    console.log(`  ${file.url}  ${(bytes / 1024).toFixed(1)} KB`);
  }
}
console.log(`✓ exports: ${count} files, ${(total / 1024).toFixed(0)} KB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
