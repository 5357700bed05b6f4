import { textJson } from '@/lib/api/texts';
import { findText, getEdition, getTexts } from '@/lib/edition';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One file per text: `/api/texts/<slug>.json`. */
export function generateStaticParams() {
  return getTexts().map((text) => ({ file: `${text.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const text = findText(file.replace(/\.json$/, ''));
  if (!text) return new Response('Not found', { status: 404 });
  return Response.json(textJson(text, getEdition().glossary));
}
