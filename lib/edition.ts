/**
 * What pages ask of the edition: thin lookups on top of the content gateway. Pages never read files.
 */
import type { Edition, Language, Text } from './content/model';
import { EditionError } from './content/problems';
import { annotatedEditionFile, readAnnotatedEdition } from './pipeline/annotated-edition-file';
import { loadEdition } from './pipeline/load-edition';
import type { Metadata } from 'next';
import { routing, type Locale } from '@/i18n/routing';

let cached: Edition | undefined;

/**
 * The edition for rendering, once per process: the annotated edition `npm run check` stored when it
 * still matches the sources and the code (lib/pipeline/annotated-edition-file.ts), else read, checked
 * and annotated here. Throws an `EditionError` listing every problem when the sources are broken, so
 * that a build fails and publishes nothing.
 */
export function getEdition(): Edition {
  if (cached) return cached;
  const root = process.cwd();
  const stored = readAnnotatedEdition(root);
  if (stored.kind === 'reused') {
    console.log(`edition: reused annotated edition (hash ${stored.hash.slice(0, 12)}, ${stored.edition.texts.length} texts) from ${annotatedEditionFile}`);
    cached = stored.edition;
    return cached;
  }
  const { edition, problems } = loadEdition(root);
  if (!edition) throw new EditionError(problems);
  console.log(
    `edition: annotated ${edition.texts.length} texts in this process (${annotatedEditionFile} ${stored.kind === 'missing' ? 'is missing' : 'is stale'}; npm run check writes it)`,
  );
  cached = edition;
  return edition;
}

export function getTexts(): Text[] {
  return getEdition().texts;
}

export function findText(slug: string): Text | undefined {
  return getEdition().texts.find((text) => text.slug === slug);
}

let warned = false;

/**
 * The edition's public address: EDITION_URL at build time, else `url` in texts/edition.yaml; undefined
 * when neither is set. Then nothing invents one: canonical links are relative and pages cite the address
 * they are served from (the page script reads `location.origin`), and the build says so once.
 */
export function editionUrl(): URL | undefined {
  const configured = process.env.EDITION_URL?.trim() || getEdition().meta.url;
  if (configured) return new URL(configured);
  if (!warned) {
    warned = true;
    console.warn(
      'edition: no public address is set (EDITION_URL or url in texts/edition.yaml): canonical links are relative and pages cite the address they are served from. README.md, “Deploying”.',
    );
  }
  return undefined;
}

/** A bilingual value in the reader's interface language. */
export function localized<T>(value: Record<Language, T>, locale: Locale): T {
  return value[locale];
}

/**
 * `alternates` of a page's metadata (canonical and hreflang links), built on the public address; none
 * when the edition has no address (Next would otherwise make them absolute on http://localhost:3000).
 */
export function pageAlternates(locale: Locale, path: (locale: Locale) => string, extra: Record<string, string> = {}): { alternates?: Metadata['alternates'] } {
  if (!editionUrl()) return {};
  return { alternates: { canonical: path(locale), languages: { ...Object.fromEntries(routing.locales.map((lang) => [lang, path(lang)])), ...extra } } };
}
