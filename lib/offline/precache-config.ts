/**
 * What the service worker precaches and how it answers, as Workbox's generateSW options: derived
 * from the finished export by globs (every file, whoever's step wrote it), never from a hand list.
 * scripts/build-offline.ts runs it as the build's last step; tests/unit/offline pins it.
 */
import path from 'node:path';
import type { GenerateSWOptions, ManifestTransform } from 'workbox-build';
import { paths } from '@/contract/routes';
import { cacheId } from '@/contract/offline';

/** Everything the export holds… */
export const precacheGlobs = ['**/*'];

/**
 * …except: the precompressed copies (the worker fetches each file once, the server picks the
 * encoding); the host's header file; the worker itself and the summary of its precache; the 404 page
 * (the offline page stands in for what is not kept); source maps; and EPUB downloads, large optional
 * exports that are kept online only. Dot files (the build stamp) are never matched.
 */
export const precacheIgnores = ['**/*.br', '**/*.gz', '_headers', 'sw.js', 'offline-edition.json', '404.html', '**/*.map', '**/*.epub'];

/**
 * A page's clean URL (the one readers and links use, as the server maps it): `de/texts/x.html` is
 * `/de/texts/x`, `index.html` is `/`; every other file keeps its path.
 */
export function cleanUrl(file: string): string {
  const url = `/${file.replace(/^\/+/, '')}`;
  if (url === '/index.html') return '/';
  if (url.endsWith('/index.html')) return url.slice(0, -'index.html'.length);
  return url.endsWith('.html') ? url.slice(0, -'.html'.length) : url;
}

/** The precache under clean URLs, so that a precached page answers the address readers use. */
export const cleanUrls: ManifestTransform = (entries) => ({
  manifest: entries.map((entry) => ({ ...entry, url: cleanUrl(entry.url) })),
});

/** Navigations go to the network first (a page that is not kept, online: the server's answer). */
function isNavigation({ request }: { request: Request }): boolean {
  return request.mode === 'navigate';
}

export function precacheConfig(out: string): GenerateSWOptions {
  return {
    globDirectory: out,
    globPatterns: precacheGlobs,
    globIgnores: precacheIgnores,
    swDest: path.join(out, 'sw.js'),
    manifestTransforms: [cleanUrls],
    // A text page is ~400 KB uncompressed; the Pagefind WebAssembly is larger. Nothing is left out for size.
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    cacheId,
    // `?view=`, search queries and Pagefind's `?ts=` cache-busting all name the same kept file.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    // A new build waits until no page of the old one is open (or the reader accepts the notice,
    // which posts SKIP_WAITING): never half old, half new.
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
    // One file, no importScripts: `script-src 'self'` and no eval (CSP stays hash-only).
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    runtimeCaching: [
      {
        urlPattern: isNavigation,
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: paths.offline() } },
      },
    ],
  };
}
