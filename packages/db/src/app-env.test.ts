import { describe, expect, it } from 'vitest';
import { appEnv } from './app-env.ts';

const launcher = {
  PATH: '/usr/bin',
  DATABASE_URL: 'postgres://owner:o@db/vestnik',
  SITE_DATABASE_URL: 'postgres://site:s@db/vestnik',
  ADMIN_DATABASE_URL: 'postgres://admin:a@db/vestnik',
  DATABASE_READ_URL: 'postgres://site:s@replica/vestnik',
  TEST_DATABASE_URL: 'postgres://postgres@db/postgres',
  AUTH_SECRET: 'a'.repeat(43),
  AUTH_TRUST_HOST: 'true',
  REVALIDATE_SECRET: 'r'.repeat(43),
  PREVIEW_SECRET: 'p'.repeat(43),
  MEDIA_DIR: '/srv/media',
  PAGE_CACHE_MB: '512',
  REDIS_URL: 'redis://:secret@cache:6379/0',
  REDIS_PREFIX: 'vestnik:',
  LOG_LEVEL: 'info',
  METRICS_TOKEN: 'm'.repeat(43),
};

describe('each app gets its own environment', () => {
  it('[LAUNCHER][ENV] the site is never given AUTH_SECRET, the admin login, or the owner URL once it has its own; only it gets Redis', () => {
    const site = appEnv('web', launcher);
    expect(Object.keys(site).sort()).toEqual(
      [
        'PATH',
        'SITE_DATABASE_URL',
        'DATABASE_READ_URL',
        'REVALIDATE_SECRET',
        'PREVIEW_SECRET',
        'MEDIA_DIR',
        'PAGE_CACHE_MB',
        'REDIS_URL',
        'REDIS_PREFIX',
        'LOG_LEVEL',
        'METRICS_TOKEN',
      ].sort(),
    );
  });

  it('[LAUNCHER][ENV] the admin is given its login and AUTH_SECRET, not the site login or the owner URL', () => {
    const admin = appEnv('admin', launcher);
    expect(Object.keys(admin).sort()).toEqual(
      [
        'PATH',
        'ADMIN_DATABASE_URL',
        'AUTH_SECRET',
        'AUTH_TRUST_HOST',
        'REVALIDATE_SECRET',
        'PREVIEW_SECRET',
        'MEDIA_DIR',
        'LOG_LEVEL',
        'METRICS_TOKEN',
      ].sort(),
    );
  });

  it('[LAUNCHER][ENV] an app without a login of its own keeps DATABASE_URL (deployments from before the roles)', () => {
    const { SITE_DATABASE_URL, ADMIN_DATABASE_URL, ...owner } = launcher;
    expect(appEnv('web', owner).DATABASE_URL).toBe(launcher.DATABASE_URL);
    expect(appEnv('web', owner).AUTH_SECRET).toBeUndefined();
    expect(appEnv('admin', owner).DATABASE_URL).toBe(launcher.DATABASE_URL);
  });
});
