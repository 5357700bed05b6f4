import { availableParallelism } from 'node:os';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import createNextIntlPlugin from 'next-intl/plugin';
import { stagingRelative } from './scripts/editions.js';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The edition is plain static files (out/), served by any static host: no server it does not need.
  output: 'export',
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
  // `npm test` type-checks everything (`tsc --noEmit`, the "types" suite, JS included); Next's own pass
  // would repeat it in every build, the build's slowest fixed cost after compiling (2–3 min on a loaded
  // 2-core machine; see "Scale" in the README).
  typescript: { ignoreBuildErrors: true },
  // Page generation grows with the texts (about 17 pages a text) and is the build's largest step at
  // scale; Next's default leaves one core to its idle main process (one worker on 2 cores). Each worker
  // reads the annotated edition once (.cache/annotated-edition.json), so memory grows by one edition.
  experimental: { cpus: availableParallelism() },
  // A page that takes Next's default 60 s fails the build after three tries: on a loaded shared 2-core
  // machine (load 16) a worker's first page, which reads the annotated edition, took that long at 1×.
  staticPageGenerationTimeout: 600,
};

/**
 * `next build` exports into the staging folder, never into the published out/ (with `output: 'export'`
 * a custom `distDir` names the export's folder; Next's own build files stay in .next/). The build's
 * later steps finish the edition there and scripts/publish.js switches it into place: see
 * scripts/editions.js.
 * @param {string} phase
 */
export default function config(phase) {
  return withNextIntl(phase === PHASE_PRODUCTION_BUILD ? { ...nextConfig, distDir: stagingRelative } : nextConfig);
}
