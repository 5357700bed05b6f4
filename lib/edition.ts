/**
 * What pages ask of the edition: thin lookups on top of the content gateway. Pages never read files.
 */
import type { Edition, Language, Text } from './content/model';
import { EditionError } from './content/problems';
import { annotatedEditionFile, readAnnotatedEdition } from './pipeline/annotated-edition-file';
import { loadEdition } from './pipeline/load-edition';
import type { Metadata } from 'next';
import type { Locale } from '@/i18n/routing';
import { inEveryLanguage, paths } from '@/contract/routes';

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
 * `alternates` of a page's metadata: a canonical link to the page in `locale` and an hreflang link to it
 * in each interface language (plus `extra`, e.g. `x-default`). One rule for every page that exists in
 * both languages, with or without a public address: the links are written as paths, which Next makes
 * absolute on `metadataBase` (the public address) and leaves relative without one (HTML allows it),
 * never on an invented host such as http://localhost:3000. Nothing else writes canonical or hreflang links.
 */
export function pageAlternates(locale: Locale, path: (locale: Locale) => string, extra: Record<string, string> = {}): { alternates: Metadata['alternates'] } {
  return alternates(path(locale), { ...inEveryLanguage(path), ...extra });
}

/** `/`: the language choice, canonical to itself, with both editions and itself as `x-default`. */
export function rootAlternates(): { alternates: Metadata['alternates'] } {
  return alternates(paths.root(), { ...inEveryLanguage(paths.library), 'x-default': paths.root() });
}

function alternates(canonical: string, languages: Record<string, string>): { alternates: Metadata['alternates'] } {
  return { alternates: { canonical, languages } };
}
