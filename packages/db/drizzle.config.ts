import { defineConfig } from 'drizzle-kit';

// Only `generate` is used: migrations are committed SQL, applied by src/migrate.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './drizzle',
});
