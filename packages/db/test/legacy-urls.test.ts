import { describe, expect, it } from 'vitest';
import { normalizeLegacyPath } from '../src/queries/legacy-urls.ts';

describe('normalizeLegacyPath', () => {
  it('[IMPORT][REDIRECTS] an old permalink is decoded, lower-cased and trimmed of its query', () => {
    expect(normalizeLegacyPath('https://old.kz/2016/05/%D0%92%D0%B5%D0%BD%D0%B0/?utm=x')).toBe(
      '/2016/05/вена',
    );
  });

  it('[IMPORT][REDIRECTS] an address with NUL or another control character is no old address (a scanner’s %00 must not reach the database)', () => {
    for (const address of ['/news/a%00b', '/%0a', '/x%1F', '/x%7f', '/a\u0000b']) {
      expect(normalizeLegacyPath(address), address).toBeUndefined();
    }
  });
});
