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

  it('[ADMIN][ENV] TEST_DATA_API=on is refused in production, which is what an unset VESTNIK_ENV means', async () => {
    const production: Record<string, string>[] = [
      { TEST_DATA_API: 'on' },
      { TEST_DATA_API: 'on', VESTNIK_ENV: 'production' },
    ];
    for (const vars of production) {
      const env = await adminEnvWith(vars);
      expect(() => env(), JSON.stringify(vars)).toThrow(
        /TEST_DATA_API=on is refused in production/,
      );
    }
    for (const deployment of ['staging', 'test', 'development']) {
      const env = await adminEnvWith({ TEST_DATA_API: 'on', VESTNIK_ENV: deployment });
      expect(env().TEST_DATA_API).toBe('on');
    }
    vi.unstubAllEnvs();
    expect((await adminEnvWith({}))().TEST_DATA_API).toBe('off');
    const typo = await adminEnvWith({ TEST_DATA_API: 'yes', VESTNIK_ENV: 'test' });
    expect(() => typo()).toThrow(/TEST_DATA_API must be on or off/);
  });
});
