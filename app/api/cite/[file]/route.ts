import { citeFile } from '@/lib/citation/cite-templates';
import { editionUrl, getEdition } from '@/lib/edition';

export const dynamic = 'force-static';
export const dynamicParams = false;

const formats = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
} as const;

/**
 * `/api/cite/<slug>.<lang>.{bib,ris,json}`: the whole version for reference managers. No access date
 * (a static file cannot know when it is read; the cite box's downloads carry the day of citing), and a
 * URL only when the edition has a public address.
 */
export function generateStaticParams() {
  return getEdition().texts.flatMap((text) => text.meta.languages.flatMap((lang) => Object.keys(formats).map((format) => ({ file: `${text.slug}.${lang}.${format}` }))));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const [slug, lang, format] = file.split('.');
  const edition = getEdition();
  const text = edition.texts.find((candidate) => candidate.slug === slug);
  if (!text || (lang !== 'de' && lang !== 'en') || !(format === 'bib' || format === 'ris' || format === 'json')) return new Response('Not found', { status: 404 });
  return new Response(citeFile(text, edition.meta, lang, format, editionUrl()), { headers: { 'Content-Type': formats[format] } });
}
