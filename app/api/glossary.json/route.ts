import { glossaryJson } from '@/lib/api/glossary';
import { getEdition } from '@/lib/edition';

export const dynamic = 'force-static';

/** `/api/glossary.json`: every entry with its forms, glosses and occurrences (README, “JSON API”). */
export function GET() {
  return Response.json(glossaryJson(getEdition()));
}
