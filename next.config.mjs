/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and the PostGIS bundle from its own package folder at run time.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-postgis', 'postgres'],
  poweredByHeader: false,
  // `tsc --noEmit` is its own step of `npm test`; checking again inside the build doubles its time on 2 cores.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
