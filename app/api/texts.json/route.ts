import { Reference } from '@/contract/reference';
import { textSummaryJson } from '@/lib/api/texts';
import { getTexts } from '@/lib/edition';

export const dynamic = 'force-static';

/** `/api/texts.json`: the list of texts (schema in README.md, “JSON API”). */
export function GET() {
  const texts = getTexts().map((text) => {
    const reference = new Reference(text.slug);
    return textSummaryJson(text, { de: reference.href('de'), en: reference.href('en') });
  });
  return Response.json({ texts });
}
