import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { loginAs } from './support/auth';
import { fileOnDisk } from './support/files';
import { expect, test } from './support/fixtures';
import { testData } from './support/test-data';
import { ADMIN } from './support/urls';

async function loginThroughForm(page: Page, email: string, password: string) {
  await page.goto(`${ADMIN}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
}

const loginError = (page: Page) => page.locator('.form-error[role=alert]');

test('[EDITOR][AUTH] five wrong passwords lock the account on this address, even for the right password', {
  // Alone: until forgetLoginsOf forgets them at its end, its failures count against the client address that
  // every other test logs in from.
  tag: ['@editor', '@alone'],
}, async ({ makeAuthor, forgetLoginsOf, page }) => {
  const editor = await makeAuthor({ role: 'editor' });
  forgetLoginsOf(editor.email);
  for (let i = 0; i < 5; i++) {
    await loginThroughForm(page, editor.email, `wrong-password-${i}`);
    await expect(loginError(page)).toHaveText('Неверный email или пароль.');
  }
  const locked =
    /Слишком много неудачных попыток входа\. Попробуйте снова в \d{2}:\d{2} \(через \d+ мин\.\)\./;
  await loginThroughForm(page, editor.email, 'wrong-password-6');
  await expect(loginError(page)).toHaveText(locked);
  await loginThroughForm(page, editor.email, editor.password);
  await expect(loginError(page)).toHaveText(locked);
  await page.goto(`${ADMIN}/`);
  await expect(page).toHaveURL(/\/login$/);
});

/** The sections each role finds in the admin's navigation, in order. */
const SECTIONS = {
  author: ['Материалы', 'Медиатека'],
  editor: ['Материалы', 'Медиатека', 'Рубрики', 'Теги', 'Источники'],
  admin: [
    'Материалы',
    'Медиатека',
    'Рубрики',
    'Теги',
    'Источники',
    'Пользователи',
    'Импорт',
    'Журнал',
  ],
} as const;

for (const role of ['author', 'editor', 'admin'] as const) {
  test(`[EDITOR][ROLES] ${role}: the navigation shows the role's sections and no other`, {
    tag: ['@editor'],
  }, async ({ loginAs }) => {
    const { page } = await loginAs(role);
    await page.goto(`${ADMIN}/`);
    const nav = page.getByRole('navigation', { name: 'Разделы редакции' });
    await expect(nav.getByRole('link')).toHaveText([...SECTIONS[role]]);
  });
}

test('[EDITOR][ROLES] an author is refused /users, /audit, /tags and /sources by URL, with or without the 2025 middleware-bypass header', {
  tag: ['@editor'],
}, async ({ loginAs }) => {
  const { context, page } = await loginAs('author');
  for (const section of ['/users', '/audit', '/tags', '/sources']) {
    await page.goto(`${ADMIN}${section}`);
    await expect(page, section).toHaveURL(/\/\?denied=1$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Рабочий стол');
  }
  // The header changes nothing: the page checks the session itself.
  const bypass = await context.request.get(`${ADMIN}/users`, {
    headers: { 'x-middleware-subrequest': 'src/proxy:src/proxy:src/proxy:src/proxy:src/proxy' },
    maxRedirects: 0,
  });
  expect(bypass.status()).toBe(307);
  expect(bypass.headers().location).toContain('/?denied=1');
});

test('[EDITOR][ROLES] without a session the bypass header reaches no page, file or upload', {
  tag: ['@editor'],
}, async ({ browser }) => {
  const anonymous = await browser.newContext();
  for (const path of ['/users', '/api/media/file/ab/0123456789abcd.jpg']) {
    const response = await anonymous.request.get(`${ADMIN}${path}`, {
      headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
      maxRedirects: 0,
    });
    expect([307, 401], path).toContain(response.status());
    expect(await response.text(), path).not.toContain('Новый сотрудник');
  }
  const upload = await anonymous.request.post(`${ADMIN}/api/media`, {
    multipart: {
      alt: 'x',
      file: { name: 'a.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('x') },
    },
    maxRedirects: 0,
  });
  expect(upload.status()).not.toBe(201);
  await anonymous.close();
});

test('[EDITOR][MEDIA] a real JPEG uploads with alt text; SVG, a text file named .jpg and an oversized file are refused', {
  tag: ['@editor'],
}, async ({ browser }) => {
  // Rule 8: four uploads (one of 10 MB) and a search on the media page, whose thumbnails every
  // upload of the suite adds to: 18.4-28.0 s with only this file running on the loaded 2-core
  // machine (files set by path), 26.5 s in a full run; the 30 s default left no room.
  test.setTimeout(60_000);
  const { context } = await loginAs(browser, 'author');
  const page = await context.newPage();
  await page.goto(`${ADMIN}/media`);
  const jpeg = await sharp({
    create: { width: 1400, height: 900, channels: 3, background: '#2f6f4f' },
  })
    .jpeg()
    .toBuffer();
  const alt = `Вид на Байтерек ${Date.now()}`;
  const file = page.getByLabel('Файл (JPEG, PNG или WebP, до 10 МБ)');
  await file.setInputFiles(fileOnDisk('baiterek.jpg', jpeg));
  await page.getByLabel('Описание для незрячих (alt) — обязательно').fill(alt);
  await page.getByLabel('Подпись', { exact: true }).fill('Астана, вечер');
  await page.getByLabel('Автор фото').fill('Фото: Тестов');
  await page.getByRole('button', { name: 'Загрузить' }).click();
  await expect(page.getByRole('status')).toContainText('Изображение загружено');
  const library = page.getByRole('list', { name: 'Изображения' });
  const card = library.getByRole('listitem').filter({ hasText: alt });
  await expect(card.getByRole('img', { name: alt })).toBeVisible();
  // The thumbnail is the 480-px variant sharp made, served by the admin's own media route.
  await expect
    .poll(() => card.getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(480);
  await page.getByRole('searchbox').fill(alt);
  await page.getByRole('button', { name: 'Найти' }).click();
  await expect(library.getByRole('listitem')).toHaveCount(1);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The browser types each file by its name: image/svg+xml, then image/jpeg twice.
  const refusals: [string, Buffer, RegExp][] = [
    [
      'logo.svg',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      /SVG не принимается/,
    ],
    [
      'photo.jpg',
      Buffer.from('Это текстовый файл, переименованный в .jpg'),
      /не является изображением/,
    ],
    ['huge.jpg', Buffer.concat([jpeg, Buffer.alloc(10 * 1024 * 1024)]), /больше 10 МБ/],
  ];
  const uploadForm = page.getByRole('region', { name: 'Загрузить изображение' });
  for (const [name, content, message] of refusals) {
    await file.setInputFiles(fileOnDisk(name, content));
    await page.getByLabel('Описание для незрячих (alt) — обязательно').fill('Проверка');
    await page.getByRole('button', { name: 'Загрузить' }).click();
    await expect(uploadForm.getByRole('alert'), name).toHaveText(message);
  }
  await context.close();
});

test("[EDITOR][USERS] a new user's one-time password works once and must be replaced at first login", {
  tag: ['@editor'],
}, async ({ browser, page, forgetLoginsOf }) => {
  // Four logins, a new account and a password change, on a users page that holds every account
  // the suite made: at repeat 13 of a 2-worker repeat run (load average 12) the steps before the
  // last logins alone took 29 s of the default 30 (the trace shows no request waiting long).
  test.slow();
  const { context } = await loginAs(browser, 'admin');
  const admin = await context.newPage();
  await admin.goto(`${ADMIN}/users`);
  // Its old password is tried once more at the end, on purpose: that failure is forgotten after.
  const email = forgetLoginsOf(`novyi-${Date.now()}@vestnik.test`);
  const form = admin.getByRole('region', { name: 'Новый сотрудник' });
  await form.getByLabel('Имя').fill('Новый Корреспондент');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Роль').selectOption('editor');
  await form.getByRole('button', { name: 'Создать пользователя' }).click();
  const password = (await admin.getByTestId('one-time-password').textContent())!.trim();
  expect(password.length).toBeGreaterThanOrEqual(12);
  // The list refreshes after the action answers; with the hundreds of accounts a repeated suite
  // leaves in one database, on a loaded machine, that refresh took over 5 s (seen at repeat 10).
  await expect(admin.getByTestId(`user-${email}`)).toContainText('ждёт смены пароля', {
    timeout: 15_000,
  });
  await context.close();

  await loginThroughForm(page, email, password);
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.goto(`${ADMIN}/tags`);
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel('Текущий пароль').fill(password);
  await page.getByLabel('Новый пароль (не короче 12 символов)').fill('мой-собственный-пароль');
  await page.getByLabel('Новый пароль ещё раз').fill('мой-собственный-пароль');
  await page.getByRole('button', { name: 'Сменить пароль' }).click();
  await expect(page).toHaveURL(/\/login\?changed=1$/);
  await expect(page.getByText('Пароль изменён. Войдите с новым паролем.')).toBeVisible();
  await loginThroughForm(page, email, password);
  await expect(loginError(page)).toHaveText('Неверный email или пароль.');
  await loginThroughForm(page, email, 'мой-собственный-пароль');
  await expect(page.getByRole('heading', { name: 'Рабочий стол' })).toBeVisible();
  await expect(page.getByText('Новый Корреспондент (редактор)')).toBeVisible();
});

test("[EDITOR][USERS] disabling a user ends that user's open session on the next request", {
  tag: ['@editor'],
}, async ({ browser }) => {
  const victim = await loginAs(browser, 'editor');
  const editorPage = await victim.context.newPage();
  await editorPage.goto(`${ADMIN}/tags`);
  await expect(editorPage.getByRole('heading', { name: 'Теги', level: 1 })).toBeVisible();

  const { context } = await loginAs(browser, 'admin');
  const admin = await context.newPage();
  admin.on('dialog', (dialog) => dialog.accept());
  await admin.goto(`${ADMIN}/users`);
  const row = admin.getByTestId(`user-${victim.user.email}`);
  await row.getByRole('button', { name: 'Отключить' }).click();
  await expect(row).toContainText('отключён');

  await editorPage.reload();
  await expect(editorPage).toHaveURL(/\/login$/);
  await context.close();
  await victim.context.close();
});

test('[EDITOR][TAGS] merging a duplicate tag moves its articles to the kept tag and deletes it', {
  tag: ['@editor'],
}, async ({ asEditor, makeArticle, uniqueName }) => {
  // One mark in both names, for the list's search to show the pair and nothing else.
  const keepName = uniqueName('Нацбанк');
  const mark = keepName.slice('Нацбанк '.length);
  const dupName = `Нацбанк РК ${mark}`;
  const slug = mark.replace(/\s+/g, '-');
  const [keep, dup] = await testData.insertRows('tags', [
    { name: keepName, slug: `natsbank-${slug}` },
    { name: dupName, slug: `natsbank-rk-${slug}` },
  ]);
  const article = await makeArticle();
  await testData.insertRows('article_tags', [{ articleId: article.id, tagId: dup!.id }]);

  const { page } = asEditor;
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(`${ADMIN}/tags?q=${encodeURIComponent(mark)}`);
  await expect(page.getByRole('row')).toHaveCount(3);
  await page.getByLabel('ID тега-дубликата (удалится)').fill(String(dup!.id));
  await page.getByLabel('ID тега, который остаётся').fill(String(keep!.id));
  await page.getByRole('button', { name: 'Объединить' }).click();
  await expect(page.getByText('Теги объединены.')).toBeVisible();
  // The duplicate is gone; the kept tag has the one article.
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('row').nth(1)).toContainText(keepName);
  await expect(page.getByRole('row').nth(1)).toContainText('1');
  await page.goto(`${ADMIN}/tags?q=${encodeURIComponent(dupName)}`);
  await expect(page.getByText('Теги не найдены.')).toBeVisible();
  // The article's tags, as its editor lists them (tag names are unique): the kept tag alone.
  await page.goto(`${ADMIN}/articles/${article.id}`);
  const articleTags = page.getByRole('button', { name: /^Убрать тег / });
  await expect(articleTags).toHaveCount(1);
  await expect(articleTags).toHaveAttribute('aria-label', `Убрать тег ${keepName}`);
});

test('[EDITOR][AUDIT] a rename shows in the audit log with who, what and before → after', {
  tag: ['@editor'],
}, async ({ browser }) => {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const [tag] = await testData.insertRows('tags', [
    { name: `Опечатка ${stamp}`, slug: `opechatka-${stamp}` },
  ]);
  const { context, user } = await loginAs(browser, 'admin');
  const page = await context.newPage();
  await page.goto(`${ADMIN}/tags?q=${stamp}`);
  await page.getByLabel(`Новое имя тега «Опечатка ${stamp}»`).fill(`Исправлено ${stamp}`);
  await page.getByRole('button', { name: 'Переименовать' }).click();
  // The rename form keeps the typed name in its input, whose cell may match too: take the first
  // cell of the row, the tag's name as listed.
  await expect(page.getByRole('cell', { name: `Исправлено ${stamp}` }).first()).toBeVisible();

  await page.goto(`${ADMIN}/audit`);
  await page.getByLabel('Объект').selectOption('tag');
  await page.getByLabel('Действие').fill('tag.rename');
  await page.getByRole('button', { name: 'Показать' }).click();
  const row = page.getByRole('row').filter({ hasText: `№ ${tag!.id}` });
  await expect(row).toContainText(user.name);
  await expect(row).toContainText(`название: Опечатка ${stamp} → Исправлено ${stamp}`);
  await page.goto(`${ADMIN}/`);
  const chart = page.getByRole('region', { name: 'Просмотры за 30 дней' });
  await expect(chart.getByRole('img')).toHaveAttribute(
    'aria-label',
    /^Просмотры по дням с \d+ \S+ по \d+ \S+/,
  );
  await expect(
    page.getByRole('region', { name: 'Самое читаемое за 30 дней' }).getByRole('listitem'),
  ).not.toHaveCount(0);
  await context.close();
});
