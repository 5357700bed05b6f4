import { sourcesJson } from '@/lib/api/sources';
import { getEdition } from '@/lib/edition';

export const dynamic = 'force-static';

/** `/api/sources.json`: every work the notes and the glossary cite, with what cites it (README, “JSON API”). */
export function GET() {
  return Response.json(sourcesJson(getEdition()));
}
