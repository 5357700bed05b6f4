import { getTranslations } from 'next-intl/server';
import { noteSourcesLabels } from '@/components/NoteSources';
import { readerAnnotationsPath } from '@/contract/reader';
import { routing, type Locale } from '@/i18n/routing';
import { annotateText } from '@/lib/annotations/annotate-text';
import { citeTemplates } from '@/lib/citation/cite-templates';
import { citedLanguage } from '@/lib/citation/csl-item';
import { editionUrl, findText, getEdition, getTexts } from '@/lib/edition';
import { readerAnnotations } from '@/lib/render/reader-annotations';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One file per reader page: `/reader/<slug>.<locale>.json` (lib/client/reader-annotations.ts). */
function files(): { file: string; slug: string; locale: Locale }[] {
  return getTexts().flatMap((text) =>
    routing.locales.map((locale) => ({ file: readerAnnotationsPath(text.slug, locale).split('/').at(-1) ?? '', slug: text.slug, locale: locale as Locale })),
  );
}

export function generateStaticParams() {
  return files().map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = files().find((candidate) => candidate.file === file);
  const text = found ? findText(found.slug) : undefined;
  if (!found || !text) return new Response('Not found', { status: 404 });
  const { locale } = found;
  const { glossary, meta } = getEdition();
  const url = editionUrl();
  const cite = citeTemplates(text, meta, { lang: citedLanguage(text, locale), locale, ...(url ? { url } : {}) });
  const kinds = { de: await getTranslations({ locale: 'de', namespace: 'Annotations' }), en: await getTranslations({ locale: 'en', namespace: 'Annotations' }) };
  const t = kinds[locale];
  const data = readerAnnotations(
    annotateText(text, glossary),
    glossary,
    locale,
    {
      kind: (lang, kind) => kinds[lang](`termKinds.${kind}`),
      note: (lang, number, kind) => `${kinds[lang]('note', { number })} · ${kinds[lang](`noteKinds.${kind}`)}`,
      sources: await noteSourcesLabels(locale),
      messages: { note: t.raw('note') as string, notes: t('notes') },
    },
    cite,
  );
  return Response.json(data);
}
