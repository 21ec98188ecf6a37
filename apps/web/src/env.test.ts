import { afterEach, describe, expect, it, vi } from 'vitest';

/** The site's env module afresh (it keeps what it validated), with `vars` in the environment. */
async function siteEnvWith(vars: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  return (await import('./env.ts')).env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the site environment', () => {
  it('[SITE][ENV] cache sizes and the port are checked, not read as NaN: the message names the variable', async () => {
    const env = await siteEnvWith({ PAGE_CACHE_MB: 'lots', WEB_PORT: '70000' });
    expect(() => env()).toThrow(/PAGE_CACHE_MB must be a number of megabytes/);
    expect(() => env()).toThrow(/WEB_PORT must be a port number/);
  });

  it('[SITE][ENV] defaults: loopback, port 3000, the documented cache sizes and view budget', async () => {
    const env = await siteEnvWith({
      HOST: '',
      WEB_PORT: '',
      PAGE_CACHE_MB: '',
      VIEWS_PER_ADDRESS_PER_MINUTE: '',
    });
    expect(env()).toMatchObject({
      HOST: '127.0.0.1',
      WEB_PORT: 3000,
      PAGE_CACHE_MB: 512,
      DATA_CACHE_MB: 256,
      COMPRESSED_CACHE_MB: 128,
      VIEWS_PER_ADDRESS_PER_MINUTE: 120,
    });
  });

  it('[SITE][ENV] the views an address may add a minute are a whole number of at least 1', async () => {
    for (const bad of ['0', '12.5', 'many']) {
      const env = await siteEnvWith({ VIEWS_PER_ADDRESS_PER_MINUTE: bad });
      expect(() => env(), bad).toThrow(/VIEWS_PER_ADDRESS_PER_MINUTE must be/);
    }
    const raised = await siteEnvWith({ VIEWS_PER_ADDRESS_PER_MINUTE: '5000' });
    expect(raised().VIEWS_PER_ADDRESS_PER_MINUTE).toBe(5000);
  });

  it('[SITE][ENV] the shared cache is off unless REDIS_URL is a redis:// URL; keys get the vestnik: prefix', async () => {
    const unset = await siteEnvWith({ REDIS_URL: '', REDIS_PREFIX: '' });
    expect(unset()).toMatchObject({ REDIS_URL: undefined, REDIS_PREFIX: 'vestnik:' });
    const bad = await siteEnvWith({ REDIS_URL: 'http://cache:6379', REDIS_PREFIX: 'a b' });
    expect(() => bad()).toThrow(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
    expect(() => bad()).toThrow(/REDIS_PREFIX must be/);
    const set = await siteEnvWith({
      REDIS_URL: 'rediss://:s@cache:6380/1',
      REDIS_PREFIX: 'site2:',
    });
    expect(set()).toMatchObject({ REDIS_URL: 'rediss://:s@cache:6380/1', REDIS_PREFIX: 'site2:' });
  });

  it('[SITE][ENV] LOG_LEVEL defaults to info and METRICS_TOKEN to none; a bad one names the variable', async () => {
    const defaults = await siteEnvWith({ LOG_LEVEL: '', METRICS_TOKEN: '' });
    expect(defaults()).toMatchObject({ LOG_LEVEL: 'info', METRICS_TOKEN: undefined });
    const bad = await siteEnvWith({ LOG_LEVEL: 'verbose', METRICS_TOKEN: 'short' });
    expect(() => bad()).toThrow(/LOG_LEVEL must be one of fatal, error, warn, info, debug/);
    expect(() => bad()).toThrow(/METRICS_TOKEN must be at least 16 characters/);
  });
});
