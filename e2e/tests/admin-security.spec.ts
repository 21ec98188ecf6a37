/**
 * The admin side of security issue #8, tested the way each attack is made: raw HTTP for login
 * floods (with forged X-Forwarded-For, in parallel, and from many real source addresses: Linux
 * routes all of 127.0.0.0/8 to loopback, so a socket bound to 127.0.0.42 is a different client),
 * a browser for the owner who must still get in, and thousands of odd addresses for the fuzz.
 */
import http from 'node:http';
import https from 'node:https';
import { type BrowserContext, type Page, request } from '@playwright/test';
import sharp from 'sharp';
import { loginAs } from './support/auth';
import { expect, test } from './support/fixtures';
import { testData } from './support/test-data';
import { ADMIN, DEPLOYMENT, SITE } from './support/urls';

const admin = new URL(ADMIN);

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * One raw HTTP request to the admin, optionally from another loopback address: the suite's own
 * admin by its IPv4 loopback address (the address the limits must see), a deployment by its name.
 */
function send(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string; from?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = (admin.protocol === 'https:' ? https : http).request(
      {
        host: DEPLOYMENT ? admin.hostname : '127.0.0.1',
        port: admin.port ? Number(admin.port) : undefined,
        path,
        method,
        localAddress: options.from,
        headers: { host: admin.host, ...options.headers },
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const cookiesOf = (reply: Reply) =>
  (reply.headers['set-cookie'] ?? []).map((line) => line.split(';')[0]!).join('; ');

let csrf: { token: string; cookie: string } | undefined;

type Outcome = 'in' | 'invalid' | 'locked';

/** A scripted login guess: Auth.js's credentials callback, as a password-spraying tool sends it. */
async function guess(
  email: string,
  password: string,
  options: { from?: string; headers?: Record<string, string> } = {},
): Promise<Outcome> {
  if (!csrf) {
    const reply = await send('GET', '/api/auth/csrf');
    csrf = {
      token: (JSON.parse(reply.body) as { csrfToken: string }).csrfToken,
      cookie: cookiesOf(reply),
    };
  }
  const reply = await send('POST', '/api/auth/callback/credentials', {
    from: options.from,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: csrf.cookie,
      ...options.headers,
    },
    body: new URLSearchParams({
      csrfToken: csrf.token,
      email,
      password,
      callbackUrl: ADMIN,
    }).toString(),
  });
  const location = String(reply.headers.location ?? '');
  if (!location.includes('error=')) return 'in';
  return location.includes('code=locked') ? 'locked' : 'invalid';
}

/** Runs `jobs` with at most `width` in flight. */
async function pool<T>(width: number, jobs: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]!();
      }
    }),
  );
  return results;
}

const count = (outcomes: Outcome[], kind: Outcome) => outcomes.filter((o) => o === kind).length;

async function loginThroughForm(page: Page, email: string, password: string) {
  await page.goto(`${ADMIN}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
}

const LOCKED = /^Слишком много неудачных попыток входа\. Попробуйте снова в \d{2}:\d{2}/;

test.describe('login limits', () => {
  test('[ADMIN][LOCKOUT] 400 guesses with a rotated X-Forwarded-For are one client: at most 5 are checked', {
    // Alone: until the test ends and forgetLoginsOf forgets them, its failures count against the
    // client address that every other test logs in from.
    tag: ['@editor', '@security', '@alone'],
  }, async ({ makeAuthor, forgetLoginsOf }) => {
    test.setTimeout(180_000);
    const victim = await makeAuthor({ role: 'editor' });
    forgetLoginsOf(victim.email);
    const outcomes = await pool(
      16,
      Array.from(
        { length: 400 },
        (_, i) => () =>
          guess(victim.email, `guess-${i}`, {
            headers: {
              'x-forwarded-for': `10.${(i >> 8) & 255}.${i & 255}.${(i * 7) & 255}`,
              'x-real-ip': `172.16.${i & 255}.1`,
            },
          }),
      ),
    );
    const checked = count(outcomes, 'invalid');
    console.info(
      `rotating X-Forwarded-For: 400 guesses, ${checked} checked, ${count(outcomes, 'locked')} refused`,
    );
    expect(checked).toBe(5);
    // The limits and the audit of attempts saw the socket's address, not the forged ones.
    const attempts = await testData.loginAttempts(victim.email);
    expect(attempts.length).toBeGreaterThan(0);
    // One address, the socket's: none of the forged ones (on this machine, loopback).
    const addresses = [...new Set(attempts.map((a) => a.ip))];
    expect(addresses).toHaveLength(1);
    expect(addresses[0]).not.toMatch(/^(10|172\.16)\./);
    if (!DEPLOYMENT) expect(addresses).toEqual(['127.0.0.1']);
  });

  test('[ADMIN][LOCKOUT] 80 parallel guesses from one address: at most 5 are checked', {
    // Alone: until the test ends and forgetLoginsOf forgets them, its failures count against the
    // client address that every other test logs in from.
    tag: ['@editor', '@security', '@alone'],
  }, async ({ makeAuthor, forgetLoginsOf }) => {
    const victim = await makeAuthor({ role: 'editor' });
    forgetLoginsOf(victim.email);
    const outcomes = await Promise.all(
      Array.from({ length: 80 }, (_, i) => guess(victim.email, `parallel-${i}`)),
    );
    console.info(
      `80 parallel guesses: ${count(outcomes, 'invalid')} checked, ${count(outcomes, 'locked')} refused`,
    );
    expect(count(outcomes, 'invalid')).toBe(5);
    expect(count(outcomes, 'locked')).toBe(75);
    expect(await guess(victim.email, victim.password)).toBe('locked');
  });

  test('[ADMIN][LOCKOUT] while 60 addresses lock an account, its owner logs in from a browser that logged in before', {
    // @local: the 60 clients are sockets bound to 127.0.0.x, which reach only an admin on this
    // machine. Alone: its failures count against those addresses until the test ends and
    // forgetLoginsOf forgets them.
    tag: ['@editor', '@security', '@local', '@alone'],
  }, async ({ browser, makeAuthor, forgetLoginsOf }) => {
    test.setTimeout(120_000);
    const owner = await makeAuthor({ role: 'admin', name: 'Владелец Учётной Записи' });
    forgetLoginsOf(owner.email);
    // The owner's own browser, used before the attack.
    const known = await browser.newContext();
    const page = await known.newPage();
    await loginThroughForm(page, owner.email, owner.password);
    await expect(page.getByRole('heading', { name: 'Рабочий стол' })).toBeVisible();
    await page.getByRole('button', { name: 'Выйти' }).click();
    await expect(page).toHaveURL(/\/login$/);

    // The attack: one guess from each of 60 real source addresses.
    const outcomes = await pool(
      10,
      Array.from(
        { length: 60 },
        (_, i) => () => guess(owner.email, `spray-${i}`, { from: `127.0.0.${10 + i}` }),
      ),
    );
    console.info(
      `60 guesses from 60 addresses: ${count(outcomes, 'invalid')} checked, ${count(outcomes, 'locked')} refused`,
    );
    expect(count(outcomes, 'invalid')).toBe(50);

    // Any unknown browser is refused now, even with the right password…
    const stranger = await browser.newContext();
    const strangerPage = await stranger.newPage();
    await loginThroughForm(strangerPage, owner.email, owner.password);
    await expect(strangerPage.locator('.form-error[role=alert]')).toHaveText(LOCKED);
    await stranger.close();
    // …and the owner's browser is not.
    await loginThroughForm(page, owner.email, owner.password);
    await expect(page.getByRole('heading', { name: 'Рабочий стол' })).toBeVisible();
    await expect(page.getByText('Владелец Учётной Записи (администратор)')).toBeVisible();
    console.info('owner during the attack, from the known browser: logged in');
    await known.close();
  });

  test('[ADMIN][LOCKOUT] change-password: the sixth wrong current password in a row is refused with the retry time', {
    // Alone: until the test ends and forgetLoginsOf forgets them, its failures count against the
    // client address that every other test logs in from.
    tag: ['@editor', '@security', '@alone'],
  }, async ({ browser, forgetLoginsOf }) => {
    const { context, user } = await loginAs(browser, 'author');
    forgetLoginsOf(user.email);
    const page = await context.newPage();
    await page.goto(`${ADMIN}/account/password`);
    const button = page.getByRole('button', { name: /Сменить пароль|Сохраняем/ });
    const submit = async (current: string) => {
      await page.getByLabel('Текущий пароль').fill(current);
      await page.getByLabel('Новый пароль (не короче 12 символов)').fill('совсем-новый-пароль');
      await page.getByLabel('Новый пароль ещё раз').fill('совсем-новый-пароль');
      await button.click();
      await expect(button).toHaveText('Сменить пароль');
    };
    const error = page.getByRole('alert').first();
    for (let i = 0; i < 5; i++) {
      await submit(`guess-${i}`);
      await expect(error).toContainText('Текущий пароль введён неверно.');
    }
    await submit(user.password);
    await expect(error).toContainText(
      /Слишком много неверных попыток ввести пароль\. Попробуйте снова в \d{2}:\d{2}/,
    );
    await context.close();
  });
});

test.describe('sessions', () => {
  test('[ADMIN][SESSION] a cookie revoked by logout reads nothing from /api/auth/session', {
    tag: ['@editor', '@security'],
  }, async ({ browser }) => {
    const { context, user } = await loginAs(browser, 'editor');
    const stolen = await context.storageState();
    const live = await context.request.get(`${ADMIN}/api/auth/session`);
    expect(await live.text()).toContain(user.email);
    const page = await context.newPage();
    await page.goto(`${ADMIN}/`);
    await page.getByRole('button', { name: 'Выйти' }).click();
    await expect(page).toHaveURL(/\/login$/);
    const replay = await request.newContext({ storageState: stolen });
    const revoked = await replay.get(`${ADMIN}/api/auth/session`);
    expect(revoked.status()).toBe(200);
    expect(await revoked.text()).toBe('null');
    await replay.dispose();
    await context.close();
  });
});

test.describe('authorization', () => {
  test("[AUTHOR][SEARCH] /api/articles/search gives an author no other author's unpublished titles", {
    tag: ['@editor', '@security'],
  }, async ({ browser, makeArticle, makeAuthor, uniqueName }) => {
    // One word, found by the title search as it is and in no other test's titles.
    const word = uniqueName('Секретнослово').replaceAll(' ', '');
    const other = await makeAuthor();
    for (const status of ['draft', 'review', 'scheduled', 'published'] as const) {
      await makeArticle({
        title: `${word} ${status}`,
        status,
        createdBy: other.id,
        authorIds: [other.id],
        ...(status === 'scheduled' ? { publishAt: new Date(Date.now() + 864e5) } : {}),
      });
    }
    const { context } = await loginAs(browser, 'author');
    const rows = (await (
      await context.request.get(`${ADMIN}/api/articles/search?q=${encodeURIComponent(word)}`)
    ).json()) as { title: string }[];
    expect(rows.map((r) => r.title)).toEqual([`${word} published`]);
    await context.close();
  });
});

function expectSecurityHeaders(
  name: string,
  headers: Record<string, string | string[] | undefined>,
) {
  const csp = String(headers['content-security-policy'] ?? '');
  expect(csp, `${name}: CSP`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp, `${name}: frame-ancestors`).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options'], name).toBe('nosniff');
  expect(headers['x-frame-options'], name).toBe('DENY');
  expect(headers['referrer-policy'], name).toBe('same-origin');
  expect(String(headers['permissions-policy']), name).toContain('camera=()');
  if (admin.protocol === 'https:') {
    // A deployment over https.
    expect(String(headers['strict-transport-security']), name).toContain('max-age=');
  } else {
    // Served over plain http here: HSTS would be meaningless (the https case is a unit test).
    expect(headers['strict-transport-security'], name).toBeUndefined();
  }
}

test.describe('security headers', () => {
  test('[ADMIN][HEADERS] every kind of admin response carries the CSP, frame-ancestors, nosniff, referrer and permissions policies', {
    tag: ['@editor', '@security'],
  }, async ({ browser, makeArticle }) => {
    const { context } = await loginAs(browser, 'admin');
    const article = await makeArticle({ status: 'draft' });
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    // Any stored image, as the media library shows it (its thumbnail's address).
    const library = await send('GET', '/media', { headers: { cookie } });
    const image = /\/api\/media\/file\/([^"?]+)"/.exec(library.body)?.[1];
    const loginPage = await send('GET', '/login');
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(loginPage.body)?.[1];
    expect(script, 'a static script on the login page').toBeTruthy();
    const targets: [string, string, string, Record<string, string>?][] = [
      ['login page', 'GET', '/login'],
      ['redirect without a session', 'GET', '/'],
      ['static script', 'GET', script!],
      ['Auth.js endpoint', 'GET', '/api/auth/csrf'],
      ['dashboard', 'GET', '/', { cookie }],
      ['article list', 'GET', '/articles?status=draft', { cookie }],
      ['article editor', 'GET', `/articles/${article.id}`, { cookie }],
      ['revisions', 'GET', `/articles/${article.id}/revisions`, { cookie }],
      ['new article', 'GET', '/articles/new', { cookie }],
      ['media library', 'GET', '/media', { cookie }],
      ['rubrics', 'GET', '/rubrics', { cookie }],
      ['tags', 'GET', '/tags', { cookie }],
      ['sources', 'GET', '/sources', { cookie }],
      ['users', 'GET', '/users', { cookie }],
      ['audit log', 'GET', '/audit', { cookie }],
      ['password page', 'GET', '/account/password', { cookie }],
      ['not found page', 'GET', '/no-such-page', { cookie }],
      ['JSON route', 'GET', '/api/articles/search?q=ab', { cookie }],
      ['JSON 401', 'GET', '/api/articles/search?q=ab'],
      ['image route', 'GET', `/api/media/file/${image ?? 'ab/0123456789abcd.jpg'}`, { cookie }],
      ['upload refused', 'POST', '/api/media', { cookie, 'content-type': 'text/plain' }],
      ['server action', 'POST', '/login', { 'next-action': 'x', 'content-type': 'text/plain' }],
    ];
    const nonces = new Set<string>();
    for (const [name, method, path, headers] of targets) {
      const reply = await send(method, path, {
        headers,
        body: method === 'POST' ? 'x' : undefined,
      });
      expect(reply.status, `${name} status`).toBeLessThan(500);
      expectSecurityHeaders(name, reply.headers);
      nonces.add(/'nonce-([^']+)'/.exec(String(reply.headers['content-security-policy']))![1]!);
      if (String(reply.headers['content-type']).startsWith('text/html') && reply.status === 200) {
        // Next stamps this response's nonce on its scripts: they run, injected ones would not.
        const nonce = /'nonce-([^']+)'/.exec(String(reply.headers['content-security-policy']))![1];
        expect(reply.body, `${name}: scripts carry the nonce`).toContain(`nonce="${nonce}"`);
      }
    }
    expect(nonces.size, 'a fresh nonce per response').toBe(targets.length);
    console.info(`security headers checked on ${targets.length} admin response types: all present`);
    await context.close();
  });

  test('[ADMIN][HEADERS] pages work under the CSP without a single violation, and another site cannot frame the admin', {
    tag: ['@editor', '@security'],
  }, async ({ browser }) => {
    test.setTimeout(120_000);
    const { context } = await loginAs(browser, 'editor');
    const violations: string[] = [];
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        violations.push(message.text());
    });
    for (const path of [
      '/',
      '/articles',
      '/articles/new',
      '/media',
      '/rubrics',
      '/tags',
      '/account/password',
    ]) {
      await page.goto(`${ADMIN}${path}`);
      await expect(page.locator('h1').first()).toBeVisible();
    }
    // The rich-text editor (Tiptap) and the save button work with the policy in force.
    await page.goto(`${ADMIN}/articles/new`);
    await page.getByLabel('Заголовок', { exact: true }).fill('Проверка редактора под CSP');
    await page.getByLabel('Текст статьи').click();
    await page.keyboard.type('Первый абзац под строгой политикой.');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await expect(page).toHaveURL(/\/articles\/\d+$/);
    await expect(page.getByLabel('Текст статьи')).toContainText(
      'Первый абзац под строгой политикой.',
    );
    expect(violations).toEqual([]);

    // Clickjacking: a page elsewhere puts the admin in a frame; the browser refuses to show it.
    const evil = await browser.newPage();
    const blocked: string[] = [];
    evil.on('console', (message) => blocked.push(message.text()));
    await evil.goto(`${SITE}/robots.txt`);
    await evil.setContent(
      `<iframe id="admin" src="${ADMIN}/login" width="800" height="600"></iframe>`,
    );
    // Chromium either reports the refusal on the console or (its newer versions, silently) puts
    // its own error page in the frame; either way the admin's page must never load there.
    const framed = () => evil.frames().find((f) => f !== evil.mainFrame());
    await expect
      .poll(
        () =>
          blocked.some((m) => /frame-ancestors|X-Frame-Options/i.test(m)) ||
          /^chrome-error:/.test(framed()?.url() ?? ''),
      )
      .toBe(true);
    expect(framed()?.url()).not.toContain(`${ADMIN}/login`);
    expect(await framed()?.locator('form').count()).toBe(0);
    await evil.close();
    await context.close();
  });
});

/** Hostile values for address parameters, already URL-encoded where they need to be. */
const ODD_VALUES = [
  '',
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%C0%AF',
  '%',
  '2147483648',
  '99999999999999999999',
  '-1',
  '0',
  '1e3',
  '1.5',
  '0x10',
  'NaN',
  'toString',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  '2024-02-30',
  '9999-99-99',
  '0000-01-01',
  `${'x'.repeat(3000)}`,
  "'%20or%201=1--",
  '%3Cscript%3Ealert(1)%3C/script%3E',
  '%5B%5D',
];

test.describe('fuzz', () => {
  test('[ADMIN][FUZZ] thousands of odd addresses on admin pages and handlers: no 5xx', {
    tag: ['@editor', '@security'],
  }, async ({ browser, makeArticle }) => {
    test.setTimeout(900_000);
    const { context } = await loginAs(browser, 'admin');
    const article = await makeArticle({ status: 'draft' });
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const pages: Record<string, string[]> = {
      '/articles': ['status', 'rubric', 'author', 'from', 'to', 'q', 'sort', 'page'],
      '/audit': ['user', 'entity', 'action', 'from', 'to', 'before'],
      '/media': ['q', 'before'],
      '/tags': ['q', 'afterName', 'afterId'],
      [`/articles/${article.id}/revisions`]: ['from', 'to'],
      '/': ['denied'],
      '/login': ['changed'],
      '/api/articles/search': ['q', 'exclude'],
      '/api/users/search': ['q'],
    };
    const paths: string[] = [];
    for (const [path, params] of Object.entries(pages)) {
      for (const param of params) {
        for (const value of ODD_VALUES) {
          paths.push(`${path}?${param}=${value}`);
          // Repeated parameters arrive as arrays.
          paths.push(`${path}?${param}=${value}&${param}=1&${param}=toString`);
        }
      }
    }
    for (const id of ODD_VALUES.filter((v) => v !== '')) {
      paths.push(`/articles/${id}`, `/articles/${id}/revisions`, `/api/articles/${id}/current`);
      paths.push(`/api/media/file/${id}`, `/api/media/file/ab/${id}.jpg`);
    }
    // Random combinations of several odd parameters at once, reproducible.
    let seed = 20_261_130;
    const rand = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
    const entries = Object.entries(pages);
    while (paths.length < 2500) {
      const [path, params] = pick(entries);
      const query = Array.from(
        { length: 1 + Math.floor(rand() * 4) },
        () => `${pick(params)}=${pick(ODD_VALUES)}`,
      );
      paths.push(`${path}?${query.join('&')}`);
    }
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    await pool(
      4,
      paths.map((path) => async () => {
        const reply = await send('GET', path, { headers: { cookie } });
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        if (reply.status >= 500) failures.push(`${reply.status} ${path.slice(0, 200)}`);
      }),
    );
    const summary = [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ');
    console.info(`admin fuzz: ${paths.length} requests (${summary}), ${failures.length} 5xx`);
    expect(failures).toEqual([]);
    // A filter the page could not use is named in Russian, not silently dropped.
    const notice = await send('GET', '/articles?status=toString&rubric=99999999999', {
      headers: { cookie },
    });
    expect(notice.status).toBe(200);
    expect(notice.body).toContain('указаны неверно и не применены');
    await context.close();
  });
});

test.describe('uploads', () => {
  async function uploadAs(context: BrowserContext, file: Buffer, name: string, alt = 'Снимок') {
    return context.request.post(`${ADMIN}/api/media`, {
      multipart: { alt, file: { name, mimeType: 'image/jpeg', buffer: file } },
      // A forged client address, which the audit log must not record.
      headers: { 'x-forwarded-for': '6.6.6.6' },
    });
  }

  test('[ADMIN][MEDIA] a photo with GPS and a camera serial in its EXIF is served by the site without them, upright', {
    tag: ['@editor', '@security'],
  }, async ({ asAdmin, asAuthor, makeArticle, page, uniqueName }) => {
    const { context } = asAuthor;
    const photo = await sharp({
      create: { width: 1300, height: 700, channels: 3, background: '#5a7d3a' },
    })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({
        IFD0: { Make: 'Nikon', Model: 'Z9', Artist: 'Фотокорреспондент' },
        IFD2: { BodySerialNumber: 'SERIAL-5550199' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '43/1 14/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '76/1 53/1 0/1',
        },
      })
      .toBuffer();
    const alt = uniqueName('Снимок с координатами');
    const response = await uploadAs(context, photo, 'field.jpg', alt);
    expect(response.status()).toBe(201);
    const { id } = (await response.json()) as { id: number };

    // The audit log (as an admin reads it) has the socket's address, not the forged one.
    await asAdmin.page.goto(
      `${ADMIN}/audit?user=${asAuthor.user.id}&entity=media&action=media.upload`,
    );
    const who = asAdmin.page
      .getByRole('row')
      .filter({ hasText: `№ ${id}` })
      .getByRole('cell')
      .nth(1);
    await expect(who).toContainText(asAuthor.user.name);
    const ip = (await who.locator('div').textContent())?.trim();
    expect(ip).toBeTruthy();
    expect(ip).not.toBe('6.6.6.6');
    if (!DEPLOYMENT) expect(['127.0.0.1', '::1']).toContain(ip);

    // Every file stored for it: the variants as the site offers them (the photo as an article's
    // hero: its srcset), and the original beside them (`<hash>.jpg` for `<hash>-<width>.webp`,
    // packages/db/src/media/store.ts; no page links to it, but the site serves it).
    const article = await makeArticle({ heroMediaId: id });
    await page.goto(article.url);
    const hero = page.getByRole('img', { name: alt });
    const srcset = (await hero.getAttribute('srcset')) ?? '';
    const variants = srcset
      .split(',')
      .map((entry) =>
        entry
          .trim()
          .split(/\s+/)[0]!
          .replace(/^\/media\//, ''),
      )
      .filter(Boolean);
    expect(variants.length, 'the photo has variants').toBeGreaterThan(0);
    const original = variants[0]!.replace(/-\d+\.webp$/, '.jpg');
    for (const key of [original, ...variants]) {
      const served = await context.request.get(`${SITE}/media/${key}`);
      expect(served.status(), key).toBe(200);
      const bytes = Buffer.from(await served.body());
      const meta = await sharp(bytes).metadata();
      expect(meta.exif, key).toBeUndefined();
      expect(meta.orientation ?? 1, key).toBe(1);
      expect(meta.height! > meta.width!, `${key} is upright`).toBe(true);
      expect(bytes.includes('SERIAL-5550199'), key).toBe(false);
      expect(bytes.includes('Nikon'), key).toBe(false);
    }
  });

  test('[ADMIN][MEDIA] a 20,000×20,000 image bomb is refused as too large, with its size', {
    tag: ['@editor', '@security'],
  }, async ({ browser }) => {
    const { context } = await loginAs(browser, 'author');
    const bomb = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#000' } })
      .jpeg()
      .toBuffer();
    const sof = bomb.indexOf(Buffer.from([0xff, 0xc0]));
    bomb.writeUInt16BE(20_000, sof + 5);
    bomb.writeUInt16BE(20_000, sof + 7);
    const response = await uploadAs(context, bomb, 'bomb.jpg');
    expect(response.status()).toBe(422);
    expect(((await response.json()) as { error: string }).error).toMatch(
      /^Изображение слишком большое: 20000×20000 пикселей/,
    );
    await context.close();
  });
});
