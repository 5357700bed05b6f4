import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The edition is plain static files (out/), served by any static host: no server it does not need.
  output: 'export',
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
};

export default withNextIntl(nextConfig);
