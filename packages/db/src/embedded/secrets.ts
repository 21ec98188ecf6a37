import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type AppLogins, newRolePassword } from '../security/login-roles.ts';
import { secretsFile } from './paths.ts';

const GENERATED = ['AUTH_SECRET', 'REVALIDATE_SECRET', 'PREVIEW_SECRET'] as const;

function readStored(): Record<string, string> {
  const file = secretsFile();
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

function writeStored(stored: Record<string, string>): void {
  const file = secretsFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  // writeFileSync's mode applies only to a new file: an older one is tightened too.
  fs.chmodSync(file, 0o600);
}

/**
 * Secrets for a local install that did not provide them: generated once, kept in .data/ (outside
 * git, mode 600) so sessions and preview links survive restarts. Real deployments set them in env.
 */
export function loadLocalSecrets(): Record<string, string> {
  const stored = readStored();
  let changed = false;
  for (const name of GENERATED) {
    if (process.env[name] || stored[name]) continue;
    stored[name] = randomBytes(32).toString('base64url');
    changed = true;
  }
  if (changed) writeStored(stored);
  return Object.fromEntries(GENERATED.filter((n) => !process.env[n]).map((n) => [n, stored[n]!]));
}

/**
 * The embedded database's login roles for the two apps, with passwords generated once into the
 * same file. They are not environment variables: the launcher builds each app's URL from them.
 */
export function loadEmbeddedLogins(): AppLogins {
  const stored = readStored();
  const keys = { site: 'SITE_DATABASE_PASSWORD', admin: 'ADMIN_DATABASE_PASSWORD' } as const;
  if (!stored[keys.site] || !stored[keys.admin]) {
    stored[keys.site] ||= newRolePassword();
    stored[keys.admin] ||= newRolePassword();
    writeStored(stored);
  }
  return {
    site: { name: 'vestnik_site_login', password: stored[keys.site]! },
    admin: { name: 'vestnik_admin_login', password: stored[keys.admin]! },
  };
}
