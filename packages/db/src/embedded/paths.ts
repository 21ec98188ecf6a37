import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Local state of a development/demo install: database files, media, generated secrets. */
export function dataDir(): string {
  return path.resolve(process.env.VESTNIK_DATA_DIR ?? path.join(repoRoot, '.data'));
}

export const pgDataDir = () => path.join(dataDir(), 'pg');
export const lockFile = () => path.join(dataDir(), 'vestnik.pid');
export const secretsFile = () => path.join(dataDir(), 'secrets.json');
export const credentialsFile = () => path.join(dataDir(), 'demo-logins.json');
export const mediaDir = () => path.resolve(process.env.MEDIA_DIR ?? path.join(dataDir(), 'media'));
/** Exports uploaded on the admin's «Импорт» page. */
export const importDir = () =>
  path.resolve(process.env.IMPORT_DIR ?? path.join(dataDir(), 'imports'));
