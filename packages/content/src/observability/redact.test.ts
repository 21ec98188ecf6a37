import { describe, expect, it } from 'vitest';
import { signPreviewToken } from '../preview-token.ts';
import { loggablePath } from './redact.ts';

const token = signPreviewToken(
  { articleId: 42, expiresAt: new Date('2030-01-01T00:00:00Z') },
  'p'.repeat(32),
);

describe('log lines keep no secrets of the address', () => {
  it('[OBS][LOG] a preview link loses its signed token, in the path or as a parameter', () => {
    expect(loggablePath(`/preview/${token}`)).toBe('/preview/[redacted]');
    expect(loggablePath(`/preview/${token}?_rsc=1x2`)).toBe('/preview/[redacted]?_rsc=[redacted]');
    expect(loggablePath(`/preview?token=${token}`)).toBe('/preview?token=[redacted]');
    // A token-shaped segment elsewhere is dropped too, and so is a token written as a name.
    expect(loggablePath(`/api/x/${token}/y`)).toBe('/api/x/[redacted]/y');
    expect(loggablePath(`/preview?${token}`)).toBe('/preview?[redacted]');
  });

  it("[OBS][LOG] auth callbacks' codes, state and CSRF tokens never reach the log", () => {
    const line = loggablePath(
      '/api/auth/callback/credentials?code=abc123&state=s3cr3t&csrfToken=f00&callbackUrl=%2Farticles',
    );
    expect(line).toBe(
      '/api/auth/callback/credentials?code=[redacted]&state=[redacted]&csrfToken=[redacted]&callbackUrl=[redacted]',
    );
    expect(line).not.toMatch(/abc123|s3cr3t|f00/);
  });

  it('[OBS][LOG] paging and filter values are kept, search terms are not', () => {
    expect(loggablePath('/rubric/politics?before=2026-03-01T10:00:00Z_77')).toBe(
      '/rubric/politics?before=2026-03-01T10:00:00Z_77',
    );
    expect(loggablePath('/articles?status=draft&page=3')).toBe('/articles?status=draft&page=3');
    expect(loggablePath('/search?q=%D0%B2%D0%B5%D0%BD%D0%B0&rubric=politics')).toBe(
      '/search?q=[redacted]&rubric=politics',
    );
    // A harmless name with an odd value loses the value.
    expect(loggablePath('/popular?period=<script>')).toBe('/popular?period=[redacted]');
  });

  it('[OBS][LOG] ordinary paths, long slugs included, are logged as they are; huge ones are cut', () => {
    const slug = 'vstrecha-prezidentov-armenii-i-azerbaydzhana-planiruetsya-na-sleduyushchey';
    expect(loggablePath(`/news/${slug}`)).toBe(`/news/${slug}`);
    expect(loggablePath('/api/views/123')).toBe('/api/views/123');
    expect(loggablePath(undefined)).toBe('/');
    expect(loggablePath(`/${'a'.repeat(5000)}`)).toHaveLength(513);
  });
});
