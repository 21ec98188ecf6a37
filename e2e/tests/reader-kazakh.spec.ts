import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { revalidateSite } from './support/revalidate';
import { testData } from './support/test-data';
import { SITE } from './support/urls';

/**
 * A stamp per run of this file's tests: titles, slugs and names never collide with an earlier
 * run's, a repeat's (--repeat-each) or a second worker's started in the same millisecond.
 */
const newStamp = () => `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
let stamp = newStamp();

/**
 * Words of the Russian interface. None may appear on a page of the Kazakh edition: the chrome,
 * headings, labels, dates and hidden texts for screen readers are all Kazakh there. (Words both
 * languages share, such as «Автор» or «Фото», are not listed.)
 */
const RUSSIAN_INTERFACE = [
  'Главная',
  'Главные новости',
  'Рубрики',
  'Рубрика',
  'Популярное',
  'Читайте также',
  'Архив',
  'Поиск',
  'Найти',
  'Лента новостей',
  'Срочно',
  'Поделиться',
  'Теги',
  'Авторы',
  'Обновлено',
  'Просмотров',
  'прочтений',
  'Страница не найдена',
  'К содержанию',
  'Перепечатка',
  'Показать',
  'весь месяц',
  'публикаций',
  'материалов',
  'материала',
  'Неделя',
  'Месяц',
  'Все',
  'Об этом передает',
  'со ссылкой на',
  'Следующая страница',
  'Предыдущая страница',
  'Ничего не найдено',
  'Как искать',
  'Исправление',
  'Источник',
  'Тема',
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
  'Январь',
  'Март',
  'Декабрь',
  'понедельник',
  'Пн',
  'Вт',
  'Чт',
  'Пт',
  'Вс',
];

const wordPattern = (word: string) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u');

/** Every text a reader or a screen reader meets: visible text, labels, titles, placeholders. */
async function pageTexts(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = ['aria-label', 'title', 'placeholder', 'alt', 'abbr'];
    const labelled = [...document.querySelectorAll('*')].flatMap((el) =>
      attributes.map((name) => el.getAttribute(name) ?? ''),
    );
    // The text of the page's elements, hidden ones included (screen readers read them), but not
    // of scripts: Next streams the page's data in <script> chunks, which can cut a name in two
    // («Рубрика w1|r0 …») so that it no longer reads as the name it is. A repeat run, whose
    // navigation holds hundreds of test rubrics, failed so on every pass from the ninth.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement?.tagName;
      if (parent !== 'SCRIPT' && parent !== 'STYLE' && parent !== 'TEMPLATE') {
        texts.push(node.textContent ?? '');
      }
    }
    return [document.title, texts.join(''), ...labelled].join('\n');
  });
}

/** A rubric's or tag's address (`rubric/<slug>`, `tag/<slug>`) in an edition's link. */
const taxonomyKey = (edition: '/kk' | '', href: string) =>
  new RegExp(`^${edition}/((?:rubric|tag)/[^/?#]+)$`).exec(href)?.[1];

/**
 * The names the Russian edition gives rubrics and tags, by address: its search page's
 * navigation names every rubric in one request; a tag (or a rubric made since) its own page's
 * heading.
 */
async function russianNames(page: Page, keys: string[]): Promise<Map<string, Set<string>>> {
  const names = new Map<string, Set<string>>();
  const add = (key: string, name: string) =>
    names.set(key, (names.get(key) ?? new Set()).add(name));
  const read = async (path: string) => {
    const html = await (await page.request.get(`${SITE}${path}`)).text();
    return page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const links = [...doc.querySelectorAll('a[href]')].map((a) => [
        a.getAttribute('href') ?? '',
        (a.textContent ?? '').trim(),
      ]);
      return { links, heading: doc.querySelector('h1')?.textContent?.trim() ?? '' };
    }, html);
  };
  for (const [href, name] of (await read('/search')).links) {
    const key = taxonomyKey('', href!);
    if (key) add(key, name!);
  }
  for (const key of keys.filter((key) => !names.has(key)))
    add(key, (await read(`/${key}`)).heading);
  return names;
}

/**
 * Names the newsroom has not translated yet (other tests' rubrics and tags): the Kazakh edition
 * shows their Russian names, which are data, not interface text. A rubric or tag the page links
 * to is untranslated when the Kazakh edition shows it under the name the Russian one does.
 */
async function untranslatedNames(page: Page): Promise<string[]> {
  const links = await page.evaluate(() =>
    [...document.querySelectorAll('a[href]')].map((a) => [
      a.getAttribute('href') ?? '',
      (a.textContent ?? '').trim(),
    ]),
  );
  const shown = links.flatMap(([href, name]) => {
    const key = taxonomyKey('/kk', href!);
    return key && name ? [{ key, name }] : [];
  });
  const russian = await russianNames(page, [...new Set(shown.map((link) => link.key))]);
  const untranslated = shown.filter(({ key, name }) => russian.get(key)?.has(name));
  return [...new Set(untranslated.map((link) => link.name))].sort((a, b) => b.length - a.length);
}

async function expectKazakhChrome(page: Page, path: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  let text = await pageTexts(page);
  for (const name of await untranslatedNames(page)) text = text.replaceAll(name, ' ');
  const found = RUSSIAN_INTERFACE.filter((word) => wordPattern(word).test(text));
  expect(found, `Russian interface text on ${path}`).toEqual([]);
}

/**
 * What the admin's «Перевод» panel does: both articles join one group (updateArticle expires
 * the group's `translations:` tag and each article's pages).
 */
async function linkTranslations(ruId: number, kkId: number) {
  await testData.updateArticle(ruId, { translationGroup: ruId });
  await testData.updateArticle(kkId, { translationGroup: ruId });
}

async function kazakhFixture() {
  const rubric = await testData.createRubric({
    name: `Рубрика ${stamp}`,
    description: 'Описание',
    nameKk: `Айдар ${stamp}`,
    descriptionKk: 'Айдардың сипаттамасы',
  });
  const [tag] = await testData.insertRows('tags', [
    { slug: `taq-${stamp}`, name: `Тег ${stamp}`, nameKk: `Тақырып ${stamp}` },
  ]);
  // Two Kazakh articles on one day of March 2025 (archive day, calendar) and one Russian twin.
  const day = new Date('2025-03-21T06:00:00Z');
  const kk = await testData.createArticle({
    title: `Наурыз мейрамы ауылдарда тойланды ${stamp}`,
    lead: 'Ауылдағы мектептерде оқушылар мейрамға арнап концерт қойды.',
    paragraphs: [
      'Наурыз мейрамы қарсаңында облыстың барлық ауылдарында мерекелік шаралар өтті.',
      'Мектептердегі оқушылар ұлттық ойындар ойнады.',
    ],
    locale: 'kk',
    rubricId: rubric.id,
    publishAt: day,
  });
  const kkSecond = await testData.createArticle({
    title: `Көктемгі егіс науқанына дайындық басталды ${stamp}`,
    locale: 'kk',
    rubricId: rubric.id,
    publishAt: new Date(day.getTime() + 3_600_000),
  });
  const ru = await testData.createArticle({
    title: `Наурыз отметили во всех аулах области ${stamp}`,
    rubricId: rubric.id,
    publishAt: day,
  });
  await testData.insertRows('article_tags', [{ articleId: kk.id, tagId: tag!.id }]);
  await linkTranslations(ru.id, kk.id);
  await revalidateSite([
    'home',
    'latest',
    'rubrics',
    `rubric:${rubric.id}`,
    `tag:${tag!.id}`,
    'day:2025-03-21',
    'month:2025-03',
    'year:2025',
    `translations:${ru.id}`,
    `article:${ru.id}`,
    `article:${kk.id}`,
  ]);
  return { rubric, tag: tag!, kk, kkSecond, ru };
}

let fixture: Awaited<ReturnType<typeof kazakhFixture>>;

test.beforeAll(async () => {
  stamp = newStamp();
  fixture = await kazakhFixture();
});

test('[READER][KK] every page type of the Kazakh edition is in Kazakh, with Kazakh dates and names', {
  tag: ['@reader'],
}, async ({ page }) => {
  test.setTimeout(120_000);
  const { kk, rubric, tag } = fixture;
  const pages: [string, (page: Page) => Promise<void>][] = [
    ['/kk', async (p) => expect(p.getByRole('heading', { name: 'Танымал' })).toBeVisible()],
    [
      `/kk/news/${kk.slug}`,
      async (p) => {
        await expect(p.getByRole('heading', { level: 1 })).toHaveText(kk.title);
        await expect(p.locator('article time').first()).toContainText('21 наурыз 2025');
        await expect(p.getByRole('link', { name: `Айдар ${stamp}` }).first()).toBeVisible();
        await expect(p.getByRole('link', { name: `Тақырып ${stamp}` })).toBeVisible();
      },
    ],
    [
      `/kk/rubric/${rubric.slug}`,
      async (p) => {
        await expect(p.getByRole('heading', { level: 1 })).toHaveText(`Айдар ${stamp}`);
        await expect(p.getByText('Айдар', { exact: true }).first()).toBeVisible();
        await expect(p.getByRole('link', { name: kk.title })).toBeVisible();
      },
    ],
    [
      `/kk/tag/${tag.slug}`,
      async (p) => expect(p.getByRole('heading', { level: 1 })).toHaveText(`Тақырып ${stamp}`),
    ],
    [
      '/kk/archive',
      async (p) => expect(p.getByRole('heading', { level: 1 })).toHaveText('Мұрағат'),
    ],
    ['/kk/archive/2025', async (p) => expect(p.getByText('Наурыз').first()).toBeVisible()],
    [
      '/kk/archive/2025/03',
      async (p) => {
        await expect(p.getByRole('heading', { level: 1 })).toHaveText('Наурыз 2025');
        await expect(p.getByRole('columnheader', { name: 'Дс' })).toBeVisible();
      },
    ],
    [
      '/kk/archive/2025/03/21',
      async (p) => {
        await expect(p.getByRole('heading', { level: 1 })).toHaveText('21 наурыз 2025');
        await expect(p.getByRole('link', { name: kk.title })).toBeVisible();
        await expect(p.getByRole('link', { name: fixture.kkSecond.title })).toBeVisible();
        // The Russian twin of that day is not in the Kazakh archive.
        await expect(p.getByRole('link', { name: fixture.ru.title })).toHaveCount(0);
      },
    ],
    [
      '/kk/popular',
      async (p) => expect(p.getByRole('heading', { level: 1 })).toHaveText('Танымал'),
    ],
    [
      '/kk/search?q=мейрам',
      async (p) => expect(p.getByRole('heading', { level: 1 })).toHaveText('Іздеу'),
    ],
    [
      '/kk/news/mundai-maqala-zhoq',
      async (p) => expect(p.getByRole('heading', { level: 1 })).toHaveText('Бет табылмады'),
    ],
  ];
  for (const [path, check] of pages) {
    await page.goto(`${SITE}${path}`);
    await check(page);
    await expectKazakhChrome(page, path);
  }
});

test('[READER][KK] an article lives in the edition of its language; the other address answers 301', {
  tag: ['@reader', '@smoke'],
}, async ({ request }) => {
  const { kk, ru } = fixture;
  const wrong = await request.get(`${SITE}/news/${kk.slug}`, { maxRedirects: 0 });
  expect(wrong.status()).toBe(301);
  expect(new URL(wrong.headers().location!, SITE).pathname).toBe(`/kk/news/${kk.slug}`);
  const back = await request.get(`${SITE}/kk/news/${ru.slug}`, { maxRedirects: 0 });
  expect(back.status()).toBe(301);
  expect(new URL(back.headers().location!, SITE).pathname).toBe(`/news/${ru.slug}`);
  // The Russian edition does not list Kazakh articles.
  const home = await request.get(`${SITE}/rubric/${fixture.rubric.slug}`);
  const html = await home.text();
  expect(html).toContain(ru.title);
  expect(html).not.toContain(kk.title);
});

test('[READER][KK] translations carry hreflang pairs and the language switch leads to each other', {
  tag: ['@reader'],
}, async ({ page }) => {
  // Six page loads and four clicks: under a loaded machine (load 18, a repeated run) they took
  // 30 s, the default budget, with every step answered.
  test.setTimeout(60_000);
  const { kk, ru } = fixture;
  await page.goto(`${SITE}/news/${ru.slug}`);
  const alternates = async () =>
    page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        Object.fromEntries(
          links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
        ),
      );
  expect(await alternates()).toEqual({
    ru: `/news/${ru.slug}`,
    kk: `/kk/news/${kk.slug}`,
    'x-default': `/news/${ru.slug}`,
  });
  await expect(page.getByRole('link', { name: kk.title })).toHaveAttribute('hreflang', 'kk');
  await page.getByRole('link', { name: 'Қазақша' }).click();
  await expect(page).toHaveURL(`${SITE}/kk/news/${kk.slug}`);
  expect(await alternates()).toEqual({
    ru: `/news/${ru.slug}`,
    kk: `/kk/news/${kk.slug}`,
    'x-default': `/news/${ru.slug}`,
  });
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(`${SITE}/news/${ru.slug}`);

  // A rubric page switches to the same rubric in the other edition.
  await page.goto(`${SITE}/rubric/${fixture.rubric.slug}`);
  await page.getByRole('link', { name: 'Қазақша' }).click();
  await expect(page).toHaveURL(`${SITE}/kk/rubric/${fixture.rubric.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Айдар ${stamp}`);
});

test('[READER][KK] unpublishing the translation leaves the other article and removes the alternate', {
  tag: ['@reader'],
}, async ({ page, request }) => {
  const ru = await testData.createArticle({ title: `Русская статья без пары ${stamp}` });
  const kk = await testData.createArticle({ title: `Жұбы жоқ мақала ${stamp}`, locale: 'kk' });
  await linkTranslations(ru.id, kk.id);
  await revalidateSite([`translations:${ru.id}`, `article:${ru.id}`, `article:${kk.id}`]);
  await page.goto(`${SITE}/news/${ru.slug}`);
  await expect(page.locator('link[rel="alternate"][hreflang="kk"]')).toHaveCount(1);

  // What the admin does on unpublish: the status changes and the group's tag is expired.
  await testData.updateArticle(kk.id, { status: 'draft' });
  await revalidateSite([`translations:${ru.id}`, `article:${kk.id}`, `slug:${kk.slug}`]);
  await page.goto(`${SITE}/news/${ru.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru.title);
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  await page.getByRole('link', { name: 'Қазақша' }).click();
  await expect(page).toHaveURL(`${SITE}/kk`);
  expect((await request.get(`${SITE}/kk/news/${kk.slug}`)).status()).toBe(404);
});

test('[READER][KK] Kazakh search finds inflected forms in the Kazakh edition only', {
  tag: ['@reader'],
}, async ({ page }) => {
  const { kk, ru } = fixture;
  // «мейрам» finds «мейрамы», «мектеп» finds «мектептерде».
  for (const query of ['мейрам', 'мектеп', 'ауыл']) {
    await page.goto(`${SITE}/kk/search?q=${encodeURIComponent(`${query} ${stamp}`)}`);
    await expect(page.getByRole('link', { name: kk.title }), query).toBeVisible();
    await expect(page.getByRole('link', { name: ru.title })).toHaveCount(0);
  }
  // The Russian edition searches Russian articles only.
  await page.goto(`${SITE}/search?q=${encodeURIComponent(`мейрамы ${stamp}`)}`);
  await expect(page.getByRole('heading', { name: 'Ничего не найдено' })).toBeVisible();
});

test('[READER][KK] each edition has its own RSS and news sitemap; the sitemap lists both with alternates', {
  tag: ['@reader'],
}, async ({ request }) => {
  const { kk, ru } = fixture;
  const rss = await (await request.get(`${SITE}/kk/rss.xml`)).text();
  expect(rss).toContain('<language>kk</language>');
  const ruRss = await (await request.get(`${SITE}/rss.xml`)).text();
  expect(ruRss).toContain('<language>ru</language>');
  expect(ruRss).not.toContain(`/kk/news/`);

  // Today's Kazakh article reaches the Kazakh news sitemap (48 hours) with its language.
  // (The test-data API expires `latest`, which the news sitemaps carry, as a publish does.)
  const fresh = await testData.createArticle({
    title: `Жаңа мақала жаңалықтар картасы үшін ${stamp}`,
    locale: 'kk',
    publishAt: new Date(Date.now() - 60_000),
  });
  // Polled: a render of this shared sitemap that another test began before the publish answers
  // the requests that come while it runs.
  const news = () => request.get(`${SITE}/kk/news-sitemap.xml`).then((r) => r.text());
  await expect.poll(news, { timeout: 15_000 }).toContain(`/kk/news/${fresh.slug}</loc>`);
  expect(await news()).toContain('<news:language>kk</news:language>');
  const ruNews = await (await request.get(`${SITE}/news-sitemap.xml`)).text();
  expect(ruNews).not.toContain(fresh.slug);

  const month = await (await request.get(`${SITE}/sitemaps/articles/2025-03.xml`)).text();
  const entry = month.split('<url>').find((u) => u.includes(`/news/${ru.slug}</loc>`));
  expect(entry).toMatch(new RegExp(`hreflang="kk" href="[^"]*/kk/news/${kk.slug}"`));
  expect(entry).toContain('hreflang="x-default"');
});
