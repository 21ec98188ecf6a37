/**
 * Compiles the site's own server and its two cache handlers to plain JavaScript (dist/server),
 * so production runs on bare Node: Next imports the cache handler on every request, and under a
 * TypeScript loader each import is a round trip to the loader's thread (about a tenth of a cached
 * page's cost). Our workspace packages are bundled in (they ship TypeScript source); everything
 * from node_modules stays an import.
 */
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

const web = path.resolve(import.meta.dirname, '..');

/** Bare imports stay imports, except our own packages and the app's `@/` alias. */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@vestnik/') || args.path.startsWith('@/')) return undefined;
      if (args.path.startsWith('node:')) return { external: true };
      return { path: args.path, external: true };
    });
  },
};

await build({
  absWorkingDir: web,
  entryPoints: {
    main: 'src/server/main.ts',
    'page-handler': 'src/cache/page-handler.ts',
    'data-handler': 'src/cache/data-handler.ts',
  },
  outdir: 'dist/server',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  alias: { '@': path.join(web, 'src') },
  plugins: [externalPackages],
  logLevel: 'warning',
});
console.log('Site server compiled to dist/server.');
