import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from './testing/client.ts';
import { startTestProxy, type TestProxy } from './testing/proxy.ts';

let proxy: TestProxy;

beforeAll(async () => {
  proxy = await startTestProxy({ instances: 2 });
});
afterAll(() => proxy?.stop());

describe('Varnish with one of two instances gone', () => {
  it('[PROXY][RETRY] a GET that meets the dead instance before the probe notices is answered by the other', async () => {
    const [one, two] = proxy.sites;
    for (let i = 0; i < 20; i++) {
      // Not cacheable: every request goes to a backend, alternately to each.
      const page = {
        status: 200,
        headers: { 'cache-control': 'private, no-store' },
        body: `p${i}`,
      };
      one!.set(`/p/${i}`, page);
      two!.set(`/p/${i}`, page);
    }
    expect((await request(`${proxy.url}/p/0`)).status).toBe(200);
    await two!.stop();
    // At once, before the health probe (2 s interval, 3 of 5) can mark it sick.
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => request(`${proxy.url}/p/${i}`)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(answers.map((a) => a.body)).toEqual(Array.from({ length: 20 }, (_, i) => `p${i}`));
  });

  it('[PROXY][RETRY] a POST is never sent twice', async () => {
    const [one] = proxy.sites;
    one!.set('/api/views/1', { status: 200, body: '{}' });
    const answer = await request(`${proxy.url}/api/views/1`, { method: 'POST' });
    expect([200, 503]).toContain(answer.status);
    expect(one!.hits('/api/views/1')).toBeLessThanOrEqual(1);
  });
});
