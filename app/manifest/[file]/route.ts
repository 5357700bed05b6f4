import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { webAppManifest } from '@/lib/offline/manifest';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One manifest per interface language: `/manifest/<locale>.webmanifest` (lib/offline/manifest.ts). */
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ file: `${locale}.webmanifest` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const locale = routing.locales.find((candidate) => file === `${candidate}.webmanifest`);
  if (!locale) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Offline' });
  const manifest = webAppManifest(locale, { name: t('appName'), shortName: t('appShortName'), description: t('appDescription') });
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
}
