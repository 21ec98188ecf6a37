import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** The group roles of migration 0007_roles: what the public site and the admin may do. */
export const SITE_ROLE = 'vestnik_site';
export const ADMIN_ROLE = 'vestnik_admin';

export type LoginRole = { name: string; password: string };
export type AppLogins = { site: LoginRole; admin: LoginRole };
export type AppDatabaseUrls = { siteUrl: string; adminUrl: string };

export const newRolePassword = () => randomBytes(24).toString('base64url');

/** The same server and database as `url`, as another login. */
export function urlForLogin(url: string, login: LoginRole): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(login.name);
  parsed.password = encodeURIComponent(login.password);
  return parsed.toString();
}

const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

// CREATE/ALTER ROLE take no bind parameters, so the password is spliced into the statement: only
// the generated alphabet is accepted, which needs no quoting.
function passwordLiteral(password: string): string {
  if (!/^[A-Za-z0-9_-]{16,}$/.test(password)) {
    throw new Error('A login role password must be 16+ characters of A-Z, a-z, 0-9, _ and -.');
  }
  return `'${password}'`;
}

/**
 * Login roles that are members of vestnik_site and vestnik_admin, made by a superuser owner: the
 * embedded database's launcher and the test harnesses. (Production login roles are the DBA's:
 * README, "Database roles".) Run after migrating, which creates the group roles. Idempotent: an
 * existing role gets the given password again. Returns each app's URL.
 */
export async function ensureLoginRoles(
  ownerUrl: string,
  logins: AppLogins,
): Promise<AppDatabaseUrls> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    for (const [login, group] of [
      [logins.site, SITE_ROLE],
      [logins.admin, ADMIN_ROLE],
    ] as const) {
      const role = identifier(login.name);
      await sql.unsafe(`create role ${role}`).catch((error: { code?: string }) => {
        // 42710: it exists; 23505: another process created it at the same moment.
        if (error.code !== '42710' && error.code !== '23505') throw error;
      });
      await sql.unsafe(
        `alter role ${role} with login inherit nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${passwordLiteral(login.password)}`,
      );
      await sql.unsafe(`grant ${identifier(group)} to ${role}`);
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
  return {
    siteUrl: urlForLogin(ownerUrl, logins.site),
    adminUrl: urlForLogin(ownerUrl, logins.admin),
  };
}

/** Drops login roles made by ensureLoginRoles (they own nothing and hold no grants of their own). */
export async function dropLoginRoles(ownerUrl: string, names: string[]): Promise<void> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    for (const name of names) await sql.unsafe(`drop role if exists ${identifier(name)}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
