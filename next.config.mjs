import securityHeaders from './lib/security/security-headers.json' with { type: 'json' };

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
        // The fast lane (lib/api/fast-lane.ts) sends the same, from the same file.
        headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default nextConfig;
