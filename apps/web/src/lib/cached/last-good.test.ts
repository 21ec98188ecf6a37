import { describe, expect, it, vi } from 'vitest';
import { lastGood } from './last-good';

describe('last good answer', () => {
  it('[SITE][OUTAGE] a failed read returns the last good answer for the same arguments', async () => {
    let down = false;
    const read = lastGood('test-rubric', async (slug: string) => {
      if (down) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
      return { slug, fetchedAt: Date.now() };
    });
    const before = await read('world');
    down = true;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await read('world')).toEqual(before);
    expect(quiet).toHaveBeenCalledOnce();
    await expect(read('sport')).rejects.toThrow('ECONNREFUSED');
    quiet.mockRestore();
  });

  it('[SITE][OUTAGE] a fresh answer replaces the remembered one', async () => {
    let version = 1;
    let down = false;
    const read = lastGood('test-version', async () => {
      if (down) throw new Error('down');
      return version;
    });
    await read();
    version = 2;
    await read();
    down = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await read()).toBe(2);
  });
});
