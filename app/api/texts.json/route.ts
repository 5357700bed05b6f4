import { inEveryLanguage } from '@/contract/routes';
import { Reference } from '@/contract/reference';
import { textSummaryJson } from '@/lib/api/texts';
import { getTexts } from '@/lib/edition';

export const dynamic = 'force-static';

/** `/api/texts.json`: the list of texts (schema in README.md, “JSON API”). */
export function GET() {
  const texts = getTexts().map((text) => {
    const reference = new Reference(text.slug);
    return textSummaryJson(
      text,
      inEveryLanguage((lang) => reference.href(lang)),
    );
  });
  return Response.json({ texts });
}
