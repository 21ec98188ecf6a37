import { afterEach, describe, expect, it, vi } from 'vitest';

/** The admin's env module afresh (it keeps what it validated), with `vars` in the environment. */
async function adminEnvWith(vars: Record<string, string>) {
  vi.resetModules();
  vi.stubEnv('AUTH_SECRET', 'a'.repeat(32));
  vi.stubEnv('ADMIN_DATABASE_URL', 'postgres://staff@127.0.0.1:5432/vestnik');
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  return (await import('@/env')).env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the admin environment', () => {
  it('[ADMIN][ENV] a time zone the site refuses is refused by the admin too, naming the variable', async () => {
    const env = await adminEnvWith({ SITE_TIMEZONE: 'Mars/Olympus' });
    expect(() => env()).toThrow(/SITE_TIMEZONE must be an IANA time zone/);
  });

  it('[ADMIN][ENV] without a database URL the admin names the variable to set', async () => {
    const env = await adminEnvWith({ ADMIN_DATABASE_URL: '', DATABASE_URL: '' });
    expect(() => env()).toThrow(/ADMIN_DATABASE_URL/);
  });
});
