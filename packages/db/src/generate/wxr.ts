import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { pick, seededRandom } from './random.ts';
import { objects, places, sentences, subjects, verbs } from './words.ts';

/** A few Kazakh sentences, so that the generated export carries both languages of the newsroom. */
const KAZAKH = [
  'Бүгін елордада жаңа мектеп ашылды.',
  'Ауа райы туралы болжам жарияланды.',
  'Министрлік жаңа бағдарламаны бекітті.',
  'Жиында өңірдің даму мәселелері талқыланды.',
  'Оқушылар халықаралық олимпиадада жүлделі орын алды.',
];
const KAZAKH_TITLES = [
  'Жаңа оқу жылы басталды',
  'Астанада саябақ ашылды',
  'Егін жинау науқаны аяқталды',
];
const CATEGORIES = [
  ['politika', 'Политика', ''],
  ['ekonomika', 'Экономика', ''],
  ['vybory', 'Выборы', 'politika'],
  ['%d2%9b%d0%be%d0%b3%d0%b0%d0%bc', 'Қоғам', ''],
] as const;

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const gmt = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ');

export type GenerateWxrParams = { file: string; posts: number; seed: number };

/**
 * A WordPress export of `posts` posts, written as a stream (never held in memory), deterministic
 * by seed: every fifth post in Kazakh, Gutenberg and classic bodies with shortcodes, embeds and
 * images, nested categories, scheduled and draft posts, Cyrillic percent-encoded permalinks.
 */
export async function generateWxr(params: GenerateWxrParams): Promise<void> {
  const random = seededRandom(params.seed);
  const out = createWriteStream(params.file, { encoding: 'utf8' });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(header());
  const start = Date.UTC(2015, 0, 1);
  for (let id = 1; id <= params.posts; id++) {
    await write(post(id, random, new Date(start + id * 37 * 60_000)));
  }
  await write('</channel>\n</rss>\n');
  out.end();
  await once(out, 'finish');
}

function header(): string {
  const categories = CATEGORIES.map(
    ([slug, name, parent]) =>
      `<wp:category><wp:category_nicename>${cdata(slug)}</wp:category_nicename><wp:category_parent>${cdata(parent)}</wp:category_parent><wp:cat_name>${cdata(name)}</wp:cat_name></wp:category>\n`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Сгенерированный архив</title>
<link>https://generated.example.kz</link>
<language>ru-RU</language>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://generated.example.kz</wp:base_site_url>
<wp:author><wp:author_login>${cdata('redaktsiya')}</wp:author_login><wp:author_email>${cdata('redaktsiya@generated.example.kz')}</wp:author_email><wp:author_display_name>${cdata('Редакция')}</wp:author_display_name></wp:author>
<wp:author><wp:author_login>${cdata('aigerim')}</wp:author_login><wp:author_email>${cdata('')}</wp:author_email><wp:author_display_name>${cdata('Әйгерім Сәрсенова')}</wp:author_display_name></wp:author>
${categories}`;
}

function post(id: number, random: () => number, date: Date): string {
  const kazakh = id % 5 === 0;
  const title = kazakh
    ? `${pick(random, KAZAKH_TITLES)} (${id})`
    : `${pick(random, subjects)} ${pick(random, verbs)} ${pick(random, objects)} ${pick(random, places)}`;
  const paragraphs = Array.from({ length: 3 + Math.floor(random() * 5) }, () =>
    kazakh ? pick(random, KAZAKH) : pick(random, sentences),
  );
  const body = id % 2 === 0 ? gutenberg(paragraphs, id) : classic(paragraphs, id);
  const status = id % 50 === 0 ? 'draft' : id % 97 === 0 ? 'future' : 'publish';
  const slug = encodeURIComponent(
    `${title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}-${id}`,
  ).toLowerCase();
  const [category] = pick(random, CATEGORIES);
  return `<item>
<title>${cdata(title)}</title>
<link>https://generated.example.kz/${date.toISOString().slice(0, 10).replaceAll('-', '/')}/${slug}/</link>
<dc:creator>${cdata(kazakh ? 'aigerim' : 'redaktsiya')}</dc:creator>
<content:encoded>${cdata(body)}</content:encoded>
<excerpt:encoded>${cdata(paragraphs[0]!)}</excerpt:encoded>
<wp:post_id>${id}</wp:post_id>
<wp:post_date_gmt>${cdata(gmt(date))}</wp:post_date_gmt>
<wp:post_name>${cdata(slug)}</wp:post_name>
<wp:status>${cdata(status)}</wp:status>
<wp:post_type>${cdata('post')}</wp:post_type>
<wp:is_sticky>${id % 1000 === 0 ? 1 : 0}</wp:is_sticky>
<category domain="category" nicename="${category}">${cdata('—')}</category>
</item>
`;
}

function gutenberg(paragraphs: string[], id: number): string {
  const blocks = paragraphs.map(
    (p) => `<!-- wp:paragraph -->\n<p>${p}</p>\n<!-- /wp:paragraph -->`,
  );
  if (id % 10 === 0) {
    blocks.push(
      `<!-- wp:embed {"url":"https://www.youtube.com/watch?v=${id}"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=${id}</div></figure>\n<!-- /wp:embed -->`,
    );
  }
  return blocks.join('\n\n');
}

function classic(paragraphs: string[], id: number): string {
  const text = paragraphs.map((p, i) => (i === 1 ? `<strong>${p}</strong>` : p)).join('\n\n');
  return id % 7 === 0 ? `${text}\n\n[gallery ids="${id}"]\n\n<script>track(${id})</script>` : text;
}
