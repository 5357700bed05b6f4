/**
 * The web app manifests, one per interface language (paths.manifest: `/manifest/de.webmanifest`,
 * `/manifest/en.webmanifest`): names in the reader's language, the edition's colours, the icons
 * that scripts/build-offline.ts renders from public/icon.svg.
 */
import type { Locale } from '@/i18n/routing';
import { paths } from '@/contract/routes';

/**
 * The page colours of app/globals.css (`--background`, `--accent` of the light scheme); a unit test
 * reads the stylesheet so that the two cannot drift.
 */
export const manifestColours = { background: '#fbfaf6', theme: '#1f4f86' } as const;

/** The PNG icons the build renders (scripts/build-offline.ts), by pixel size and purpose. */
export const pngIcons = [
  { size: 192, purpose: 'any' },
  { size: 512, purpose: 'any' },
  { size: 512, purpose: 'maskable' },
] as const;

export type PngIcon = (typeof pngIcons)[number];

/** Site-relative path of a rendered icon. */
export function iconPath(icon: PngIcon): string {
  return `/icons/icon-${icon.purpose}-${icon.size}.png`;
}

/** The vector icon, copied from public/ as is. */
export const svgIconPath = '/icon.svg';

/** public/icon.svg's background: the maskable icon's full-bleed field. */
export const iconBackground = '#1d3557';

export interface ManifestStrings {
  name: string;
  shortName: string;
  description: string;
}

/** The manifest of one interface language, as JSON-ready data (W3C Web Application Manifest). */
export function webAppManifest(locale: Locale, strings: ManifestStrings) {
  return {
    id: paths.library(locale),
    name: strings.name,
    short_name: strings.shortName,
    description: strings.description,
    lang: locale,
    dir: 'ltr',
    start_url: paths.library(locale),
    scope: '/',
    display: 'standalone',
    background_color: manifestColours.background,
    theme_color: manifestColours.theme,
    icons: [
      { src: svgIconPath, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...pngIcons.map((icon) => ({ src: iconPath(icon), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
    ],
  };
}
