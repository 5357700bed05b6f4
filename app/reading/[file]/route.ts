import { readingStringsPath } from '@/contract/reading';
import { routing, type Locale } from '@/i18n/routing';
import { readingStrings } from '@/lib/render/reading-strings';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** `/reading/strings.<locale>.json`: the reading layer's strings, one file per interface language. */
function files(): { file: string; locale: Locale }[] {
  return routing.locales.map((locale) => ({ file: readingStringsPath(locale).split('/').at(-1) ?? '', locale }));
}

export function generateStaticParams() {
  return files().map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = files().find((candidate) => candidate.file === file);
  if (!found) return new Response('Not found', { status: 404 });
  return Response.json(await readingStrings(found.locale));
}
