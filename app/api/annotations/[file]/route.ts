import { annotationMediaType, editorAnnotationCollection, editorAnnotationPage } from '@/lib/api/web-annotations';
import { annotationFiles, publicAddress } from '@/lib/api/annotation-files';
import { getEdition } from '@/lib/edition';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** Per text version: `/api/annotations/<slug>.<lang>.jsonld` (the page) and `….collection.jsonld`. */
export function generateStaticParams() {
  return annotationFiles().map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = annotationFiles().find((candidate) => candidate.file === file);
  if (!found) return new Response('Not found', { status: 404 });
  const page = editorAnnotationPage(found.text, getEdition(), found.lang, publicAddress());
  const body = found.kind === 'page' ? page : editorAnnotationCollection(page);
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': annotationMediaType } });
}
