import { UserFacingError } from '../errors.ts';
import { migrateDatabase } from '../migrate.ts';

// Migrates the database in DATABASE_URL (for deployments; `pnpm start` migrates by itself).
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set; `pnpm db:migrate` migrates the embedded database.');
  process.exit(1);
}
migrateDatabase(url).then(
  () => console.log('Migrations applied.'),
  (error: unknown) => {
    console.error(error instanceof UserFacingError ? error.message : error);
    process.exit(1);
  },
);
