import net from 'node:net';
import os from 'node:os';
import { expect, test } from './support/fixtures';
import { REFERENCE_ARTICLE } from './support/reference';
import { testData } from './support/test-data';
import { ADMIN, SITE } from './support/urls';

const SEARCH = '/search?q=%D0%B2%D0%B5%D0%BD%D0%B0';
const PAGES = [
  '/',
  REFERENCE_ARTICLE.path,
  '/rubric/politics',
  '/archive',
  '/popular?period=week',
  SEARCH,
];
const OTHERS = ['/news/takoy-net', '/rss.xml', '/sitemap.xml', '/api/health', '/robots.txt'];

test('[READER][SECURITY] every answer of the site carries the security headers and a CSP that forbids framing by others', {
  tag: ['@reader', '@security'],
}, async ({ request }) => {
  for (const path of [...PAGES, ...OTHERS]) {
    const headers = (await request.get(`${SITE}${path}`)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('geolocation=()');
    expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toMatch(/frame-ancestors '(self|none)'/);
    if (headers['content-type']?.startsWith('text/html')) {
      for (const part of ["object-src 'none'", "base-uri 'none'", "form-action 'self'"]) {
        expect(csp, path).toContain(part);
      }
      // Scripts are never allowed inline wholesale (styles may be).
      expect(/script-src [^;]*'unsafe-inline'/.test(csp), path).toBe(false);
    }
  }
  // Stored pages allow their inline scripts by hash (no per-request nonce in a shared cache);
  // search results are rendered per request and use a nonce.
  const stored = (await request.get(`${SITE}${REFERENCE_ARTICLE.path}`)).headers()[
    'content-security-policy'
  ];
  expect(stored).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  const search = (await request.get(`${SITE}${SEARCH}`)).headers()['content-security-policy'];
  expect(search).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
});

test('[READER][SECURITY] pages run under their CSP without a single violation, islands included', {
  tag: ['@reader', '@security'],
}, async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const beacon = page.waitForResponse((r) => r.url().includes('/api/views/'));
  await page.goto(`${SITE}${REFERENCE_ARTICLE.path}`);
  expect((await beacon).status()).toBe(200);
  // The "Популярное" tabs island: a click switches the panel in place.
  await page.getByRole('tab', { name: 'Неделя' }).click();
  await expect(page.getByRole('tab', { name: 'Неделя' })).toHaveAttribute('aria-selected', 'true');
  for (const path of ['/', SEARCH, '/archive']) await page.goto(`${SITE}${path}`);
  // A client-side navigation loads the next page's code and data under the same policy.
  await page.getByRole('link', { name: 'Архив', exact: true }).first().click();
  await expect(page).toHaveURL(/\/archive/);
  expect(violations).toEqual([]);
});

test('[OPS][SECURITY] the site and the admin listen on loopback only unless HOST says otherwise', {
  tag: ['@security', '@ops'],
}, async () => {
  const outside = Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
  test.skip(!outside, 'this machine has no non-loopback address to try');
  for (const url of [SITE, ADMIN]) {
    const port = Number(new URL(url).port);
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: outside, port, timeout: 2000 });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(true);
      });
    });
    expect(refused, `${url} must not answer on ${outside}`).toBe(true);
  }
});

test('[READER][VIEWS] a script replaying the beacon adds one view per 30 minutes, forged addresses or not; one minting new readers is capped at 50 per address and article', {
  tag: ['@reader', '@security'],
}, async ({ playwright, makeArticle, uniqueName }) => {
  test.setTimeout(120_000);
  const article = await makeArticle({ title: uniqueName('Счётчик под атакой') });
  const url = `${SITE}/api/views/${article.id}`;
  const agent = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36' };
  let counted = 0;
  // Replays that keep the reader cookie.
  const jar = await playwright.request.newContext();
  for (let i = 0; i < 30; i++) {
    if ((await (await jar.post(url, { headers: agent })).json()).counted) counted++;
  }
  await jar.dispose();
  // Replays that drop the cookie every time and forge a new client address every time.
  for (let i = 0; i < 30; i++) {
    const bare = await playwright.request.newContext();
    const answer = await bare.post(url, {
      headers: { ...agent, 'x-forwarded-for': `203.0.113.${i}` },
    });
    if ((await answer.json()).counted) counted++;
    await bare.dispose();
  }
  expect(counted).toBe(1);
  // A script that takes every new cookie it is offered is a crowd of new readers from one
  // address: bounded per address and article (50 per 30 minutes).
  let farmed = 0;
  for (let i = 0; i < 60; i++) {
    const fresh = await playwright.request.newContext();
    await fresh.post(url, { headers: agent });
    if ((await (await fresh.post(url, { headers: agent })).json()).counted) farmed++;
    await fresh.dispose();
  }
  expect(farmed).toBe(49);
  // The batch reaches the database within a second or two.
  await expect
    .poll(async () => (await testData.article(article.id)).viewCount, { timeout: 10_000 })
    .toBe(50);
});
