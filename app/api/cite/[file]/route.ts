import { citeTemplates } from '@/lib/citation/cite-templates';
import { getEdition, editionUrl } from '@/lib/edition';
import { buildDate } from '@/lib/build-date';

export const dynamic = 'force-static';
export const dynamicParams = false;

const formats = { bib: 'application/x-bibtex; charset=utf-8', ris: 'application/x-research-info-systems; charset=utf-8', json: 'application/vnd.citationstyles.csl+json; charset=utf-8' } as const;

/** `/api/cite/<slug>.<lang>.{bib,ris,json}`: the whole text for reference managers. */
export function generateStaticParams() {
  return getEdition().texts.flatMap((text) => text.meta.languages.flatMap((lang) => Object.keys(formats).map((format) => ({ file: `${text.slug}.${lang}.${format}` }))));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const [slug, lang, format] = file.split('.');
  const edition = getEdition();
  const text = edition.texts.find((candidate) => candidate.slug === slug);
  if (!text || (lang !== 'de' && lang !== 'en') || !(format === 'bib' || format === 'ris' || format === 'json')) return new Response('Not found', { status: 404 });
  const templates = citeTemplates(text, edition.meta, { lang, locale: lang, accessed: buildDate(), url: editionUrl() });
  return new Response(templates.text.exports[format], { headers: { 'Content-Type': formats[format] } });
}
