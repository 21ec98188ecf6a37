import { describe, expect, it } from 'vitest';
import { newReaderCookie, readReaderCookie } from './reader-cookie';
import { ViewGate } from './view-gate';

describe('view gate', () => {
  it('[SITE][VIEWS] a reader counts once per article per 30 minutes, then again', () => {
    let now = 0;
    const gate = new ViewGate({ now: () => now });
    const claim = { articleId: 1, reader: 'reader-a', address: '198.51.100.1' };
    expect(gate.admit(claim)).toBe(true);
    for (let i = 0; i < 50; i++) expect(gate.admit(claim)).toBe(false);
    expect(gate.admit({ ...claim, articleId: 2 })).toBe(true);
    now += 30 * 60_000;
    expect(gate.admit(claim)).toBe(true);
  });

  it('[SITE][VIEWS] a beacon without our cookie never counts; new cookies are bounded per address', () => {
    const gate = new ViewGate({ readersPerAddress: 20 });
    const bare = { articleId: 7, reader: undefined, address: '203.0.113.9' };
    expect(gate.admit(bare)).toBe(false);
    let minted = 0;
    for (let i = 0; i < 100; i++) {
      if (gate.admit({ articleId: 7, reader: `fresh-${i}`, address: '203.0.113.9' })) minted++;
    }
    expect(minted).toBe(20);
    // Other addresses are untouched by that script.
    expect(gate.admit({ articleId: 7, reader: 'office-1', address: '192.0.2.5' })).toBe(true);
  });

  it('[SITE][VIEWS] one address counts at most 120 views a minute across articles', () => {
    let now = 0;
    const gate = new ViewGate({ now: () => now });
    let counted = 0;
    for (let id = 0; id < 200; id++) {
      if (gate.admit({ articleId: id, reader: 'r', address: '198.51.100.2' })) counted++;
    }
    expect(counted).toBe(120);
    now += 60_000;
    expect(gate.admit({ articleId: 500, reader: 'r', address: '198.51.100.2' })).toBe(true);
  });
});

describe('reader cookie', () => {
  it('[SITE][VIEWS] only cookies signed by the site name a reader', () => {
    const secret = 'reader-cookie:test-secret-with-enough-length';
    const { id, value } = newReaderCookie(secret);
    expect(readReaderCookie(value, secret)).toBe(id);
    expect(readReaderCookie(value, 'another-secret')).toBeUndefined();
    expect(readReaderCookie(`${'A'.repeat(16)}.forged`, secret)).toBeUndefined();
    expect(readReaderCookie(undefined, secret)).toBeUndefined();
    expect(readReaderCookie('garbage', secret)).toBeUndefined();
  });
});
