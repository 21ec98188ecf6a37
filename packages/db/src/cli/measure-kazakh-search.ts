/**
 * The measurements behind Kazakh search (README, "Kazakh search"): our stemmer against prefix
 * matching and pg_trgm, for recall, precision and query time on a generated archive.
 *   MEASURE_SERVER_URL=postgres://postgres@127.0.0.1:5432/postgres \
 *     node --import tsx packages/db/src/cli/measure-kazakh-search.ts [--articles 100000]
 * It creates its own database on that server (dropped at the end), migrates it to 0010, fills it
 * (3/4 Russian from the archive generator, 1/4 Kazakh from the sentences below), times migration
 * 0011 over those rows, then measures. Figures of one run only: the machine may be noisy.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { createDatabase, type Database } from '../client.ts';
import { generateArchive } from '../generate/archive.ts';
import { MIGRATIONS_FOLDER, migrateDatabase } from '../migrate.ts';
import { searchArticles } from '../queries/search.ts';
import { seedDemoArchive } from '../seed/demo.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '5' },
  },
});
const total = Number(values.articles);
const rounds = Number(values.rounds);
const serverUrl = process.env.MEASURE_SERVER_URL;
if (!serverUrl) {
  console.error('Set MEASURE_SERVER_URL to a PostgreSQL server where a database may be created.');
  process.exit(1);
}

/** Sentences in the style of Kazakh news agencies; articles are drawn from them. */
const KAZAKH_SENTENCES = [
  'Бүгін елордада жаңа мектеп ашылды.',
  'Ауа райы туралы болжам жарияланды.',
  'Министрлік жаңа бағдарламаны бекітті.',
  'Жиында өңірдің даму мәселелері талқыланды.',
  'Оқушылар халықаралық олимпиадада жүлделі орын алды.',
  'Мемлекет басшысы Үкіметтің кеңейтілген отырысын өткізді.',
  'Президенттің жарлығымен жаңа министр тағайындалды.',
  'Ауылдағы тұрғындар таза ауызсумен қамтамасыз етілді.',
  'Облыс әкімі ауруханаға барып, дәрігерлермен кездесті.',
  'Қаланың орталығында жол жөндеу жұмыстары басталды.',
  'Депутаттар заң жобасын бірінші оқылымда мақұлдады.',
  'Наурыз мейрамы бүкіл елімізде кеңінен аталып өтті.',
  'Спортшыларымыз әлем чемпионатында үш медаль жеңіп алды.',
  'Ұлттық банк базалық мөлшерлемені өзгеріссіз қалдырды.',
  'Теңгенің бағамы доллармен салыстырғанда нығайды.',
  'Алматы облысында жаңа зауыт іске қосылды.',
  'Мектептерде жаңа оқу жылына дайындық жүріп жатыр.',
  'Қазақстанның сыртқы саудасы өткен жылмен салыстырғанда өсті.',
  'Ғалымдар жаңа дәрі ойлап тапты.',
  'Шекарадан өтетін жүк көліктерінің саны артты.',
  'Университеттің түлектері еңбек нарығында сұранысқа ие.',
  'Ауыл шаруашылығы өнімдерінің бағасы тұрақты.',
  'Полиция қызметкерлері жол қауіпсіздігі бойынша рейд өткізді.',
  'Кәсіпорындар салықтық жеңілдіктер алады.',
  'Жастарға арналған жаңа жобалар іске асырылуда.',
  'Аудандағы мектепке жаңа компьютерлер берілді.',
  'Халықтың әл-ауқатын арттыру басты мақсат.',
  'Сайлау нәтижелері Орталық сайлау комиссиясының сайтында жарияланды.',
  'Астанада халықаралық форум өз жұмысын бастады.',
  'Балалардың демалысы жазғы лагерьлерде ұйымдастырылды.',
  'Компанияның табысы биыл екі есе өсті.',
];

// The word lists of test/kazakh-search.test.ts (tuned on) and a held-out list (not tuned on).
const TUNED_PAIRS = `мейрам мейрамы|мейрам мейрамын|мектеп мектептерде|мектеп мектебі|мектептер мектебіміз|оқушы оқушылар|оқушылар оқушысы|ауыл ауылдағы|ауылдар ауылдарда|қала қаласының|Президент Президенттің|халық халқы|кітап кітабын|жоба жобалары|министрлік министрлігі|мемлекет мемлекеттің|ел елімізде|Астана Астанада|Қазақстан Қазақстанның|үкімет үкіметке|депутат депутаттармен|әкім әкімі|жыл жылдан|бала балалардың|аудан ауданда|облыс облысында|компания компаниясы|бағдарлама бағдарламаны|жұмыс жұмыстары|тұрғын тұрғындарға|шекара шекарадан|сайлау сайлауға|теңге теңгеден|аурухана ауруханаға|дәрігер дәрігерлер|спортшы спортшыларымыз|жол жолдары|өңір өңірдің|ғалым ғалымдар|қаржы қаржысы|заң заңның|баға бағасы|университет университетінде|жиналыс жиналысында|мәселе мәселелері|оқиға оқиғаға|ойын ойынның|орын орны|кәсіпорын кәсіпорындар|жүрек жүрегі|тарих тарихы|азамат азаматтарымыз|күн күні|жаңалық жаңалықтар`;
const HELD_OUT_PAIRS = `сот соттың|құқық құқығы|ереже ережелер|бюджет бюджеттен|маман мамандар|жоспар жоспарына|нарық нарығы|өнім өнімдері|көлік көлігі|жер жерлерде|полиция полицияға|қызметкер қызметкерлері|мұғалім мұғалімдер|ауа ауасы|өндіріс өндірісі|білім білімді|инвестиция инвестициялар|ел елдердің|кездесу кездесуде|қаулы қаулысы|шара шаралар|дерек деректер|келісім келісімге|сала саласында|тұлға тұлғалар`;
const TUNED_DIFFERENT = `қала қалам|жол жолдас|ана анар|ат атау|бас басшы|қыз қызмет|ел елші|жер жерлес|ақ ақша|сөз сөздік|тіл тілші|оқу оқушы|қол қолдау|бала балық|орта орталық|тұз тұзақ|жас жасақ|ауыл ауылдық|жыл жылу|қар қарыз|ай айлық|тау тауар|ой ойын|бала балапан|ер ерте`;
const HELD_OUT_DIFFERENT = `сала салық|бала балауыз|ауа ауан|маман мамандық|құқық құқықтық|тас тасқын|ұл ұлт|ас аспан|ет етік|жаз жазу|кеш кешен|жан жанар|бір бірлік|ат атом|сан сана`;
const pairs = (list: string) => list.split('|').map((p) => p.split(' ') as [string, string]);

const QUERIES = [
  'мектеп',
  'оқушылар',
  'Президенттің',
  'қала',
  'мейрам',
  'ауылдағы',
  'халқы',
  'тұрғындарға',
  'жаңа',
  'депутаттар заң',
];
// Words of the Russian archive generator (generate/words.ts), for the same page on the Russian side.
const RUSSIAN_QUERIES = [
  'школы',
  'закона',
  'дорог',
  'депутаты',
  'бюджет',
  'Астана',
  'экологи',
  'студентов',
  'жители',
  'участники обсуждения',
];

/** How a method decides that a text holds a query word (one SQL boolean over $1 text, $2 query). */
const METHODS: Record<string, string> = {
  stemmer: `to_tsvector('simple', vestnik_kk_stems($1)) @@ websearch_to_tsquery('simple', vestnik_kk_stems($2))`,
  'prefix word:*': `to_tsvector('simple', $1) @@ to_tsquery('simple', lower($2) || ':*')`,
  'prefix stem:*': `to_tsvector('simple', $1) @@ to_tsquery('simple', vestnik_kk_stems($2) || ':*')`,
  'pg_trgm <% (0.6)': `lower($2) <% lower($1)`,
};

async function main() {
  const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  const name = `vestnik_kk_measure_${process.pid}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  const { db, close } = createDatabase(url.toString(), { max: 4, statementTimeoutMs: 0 });
  try {
    await migrateTo0010(db);
    await fill(db);
    let started = performance.now();
    await migrateDatabase(url.toString());
    console.log(`migration 0011 over ${total} articles: ${seconds(started)}`);
    await checkRussianVectors(db);
    await db.execute(sql`create extension if not exists pg_trgm`);
    started = performance.now();
    await db.execute(sql`alter table articles add column plain tsvector generated always as
      (case when locale = 'kk' then to_tsvector('simple', title || ' ' || lead || ' ' || body_text) end) stored`);
    await db.execute(sql`create index articles_plain_idx on articles using gin (plain)`);
    console.log(`prefix alternative, column + GIN index: ${seconds(started)}`);
    started = performance.now();
    await db.execute(
      sql`create index articles_trgm_idx on articles using gin (body_text gin_trgm_ops) where locale = 'kk'`,
    );
    console.log(`pg_trgm alternative, GIN trigram index on Kazakh bodies: ${seconds(started)}`);
    await db.execute(sql`vacuum analyze articles`);
    await wordLists(db);
    await indexTime(db);
    await queryTimes(db);
  } finally {
    await close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

async function migrateTo0010(db: Database) {
  const folder = await mkdtemp(join(tmpdir(), 'vestnik-0010-'));
  try {
    await cp(MIGRATIONS_FOLDER, folder, { recursive: true });
    const journalFile = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(await readFile(journalFile, 'utf8'));
    journal.entries = journal.entries.filter((e: { idx: number }) => e.idx <= 10);
    await writeFile(journalFile, JSON.stringify(journal));
    await migrate(db, { migrationsFolder: folder });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function fill(db: Database) {
  await seedDemoArchive(db);
  const kazakh = Math.round(total / 4);
  const started = performance.now();
  await generateArchive(db, {
    articles: total - kazakh,
    seed: 1,
    batchSize: 1000,
    years: 10,
    now: new Date('2026-11-01T00:00:00Z'),
  });
  // Kazakh articles: title one sentence, lead one, body 3–5 paragraphs of 2–4 sentences.
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(0.42)`);
    const list = `{${KAZAKH_SENTENCES.map((s) => `"${s}"`).join(',')}}`;
    await tx.execute(sql`
      insert into articles (slug, title, lead, body, body_text, status, locale, rubric_id, publish_at)
      select 'kk-' || g, rtrim(s[1 + (random() * (n - 1))::int], '.'), s[1 + (random() * (n - 1))::int],
        '{"type":"doc","content":[]}'::jsonb,
        (select string_agg(p, E'\n\n') from (
          select (select string_agg(x, ' ') from (
                    select s[1 + (random() * (n - 1))::int] as x
                    from generate_series(1, 2 + (random() * 2)::int) where g > 0 and k > 0) as w) as p
          from generate_series(1, 3 + (random() * 2)::int) as k where g > 0) as paragraphs),
        'published', 'kk', (select min(id) from rubrics),
        timestamptz '2026-11-01' - random() * interval '3650 days'
      from generate_series(1, ${kazakh}::int) as g,
        lateral (select ${list}::text[] as s, ${KAZAKH_SENTENCES.length}::int as n) as fixture`);
  });
  console.log(`filled ${total} articles (${kazakh} Kazakh) in ${seconds(started)}`);
}

/** Russian rows must carry exactly the vectors they had before migration 0011. */
async function checkRussianVectors(db: Database) {
  const [row] = await db.execute<{ differ: number; ru: number }>(sql`
    select count(*) filter (where search <> setweight(to_tsvector('russian', coalesce(title, '')), 'A')
      || setweight(to_tsvector('russian', coalesce(lead, '')), 'B')
      || setweight(to_tsvector('russian', coalesce(body_text, '')), 'C'))::int as differ,
      count(*)::int as ru
    from articles where locale = 'ru'`);
  console.log(`Russian vectors changed by 0011: ${row!.differ} of ${row!.ru}`);
}

async function wordLists(db: Database) {
  const carrier = (word: string) => `Бүгін ${word} туралы айтылды.`;
  const lists: [string, [string, string][], boolean][] = [
    ['same word, tuned list', pairs(TUNED_PAIRS), true],
    ['same word, held-out list', pairs(HELD_OUT_PAIRS), true],
    ['different words, tuned list', pairs(TUNED_DIFFERENT), false],
    ['different words, held-out list', pairs(HELD_OUT_DIFFERENT), false],
  ];
  console.log('\nword lists (each pair both ways: a query with one form, a text with the other)');
  console.log(`| list | ${Object.keys(METHODS).join(' | ')} |`);
  for (const [label, list, shouldMatch] of lists) {
    const cells = [];
    for (const condition of Object.values(METHODS)) {
      let right = 0;
      for (const [a, b] of list) {
        for (const [query, text] of [
          [a, b],
          [b, a],
        ]) {
          const hit = await matches(db, condition, carrier(text!), query!);
          if (hit === shouldMatch) right++;
        }
      }
      cells.push(`${right}/${list.length * 2}`);
    }
    console.log(`| ${label} (${shouldMatch ? 'found' : 'kept apart'}) | ${cells.join(' | ')} |`);
  }
}

async function matches(db: Database, condition: string, text: string, query: string) {
  const expression = condition
    .replaceAll('$1', `${literal(text)}::text`)
    .replaceAll('$2', `${literal(query)}::text`);
  const [row] = await db.execute<{ hit: boolean }>(sql.raw(`select (${expression}) as hit`));
  return row!.hit;
}

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

async function timed(run: () => Promise<unknown>) {
  const samples = [];
  await run();
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

async function queryTimes(db: Database) {
  const core: Record<string, (q: string) => string> = {
    stemmer: (q) =>
      `select count(*) from articles where locale = 'kk' and search @@ websearch_to_tsquery('simple', vestnik_kk_stems(${literal(q)}))`,
    'prefix word:*': (q) =>
      `select count(*) from articles where locale = 'kk' and plain @@ to_tsquery('simple', ${literal(
        q
          .toLowerCase()
          .split(' ')
          .map((w) => `${w}:*`)
          .join(' & '),
      )})`,
    'pg_trgm <%': (q) =>
      `select count(*) from articles where locale = 'kk' and ${q
        .toLowerCase()
        .split(' ')
        .map((w) => `${literal(w)} <% body_text`)
        .join(' and ')}`,
  };
  console.log(`\nquery times, median of ${rounds} (ms); matches counted over the Kazakh articles`);
  console.log(`| query | ${Object.keys(core).join(' | ')} | searchArticles kk (page of 20) |`);
  const sums = new Array(Object.keys(core).length + 1).fill(0);
  for (const q of QUERIES) {
    const cells = [];
    let i = 0;
    for (const make of Object.values(core)) {
      const [row] = await db.execute<{ count: string }>(sql.raw(make(q)));
      const ms = await timed(() => db.execute(sql.raw(make(q))));
      sums[i++] += ms;
      cells.push(`${ms.toFixed(1)} (${row!.count})`);
    }
    const page = await timed(() =>
      searchArticles(db, { query: q, locale: 'kk', limit: 20, offset: 0 }),
    );
    sums[i] += page;
    cells.push(page.toFixed(1));
    console.log(`| ${q} | ${cells.join(' | ')} |`);
  }
  console.log(`| total | ${sums.map((s) => s.toFixed(1)).join(' | ')} |`);
  console.log('\n| Russian query | matches | searchArticles ru (page of 20) |');
  let russian = 0;
  for (const q of RUSSIAN_QUERIES) {
    const [row] = await db.execute<{ count: string }>(
      sql`select count(*) from articles where locale = 'ru' and search @@ websearch_to_tsquery('russian', ${q})`,
    );
    const ms = await timed(() =>
      searchArticles(db, { query: q, locale: 'ru', limit: 20, offset: 0 }),
    );
    russian += ms;
    console.log(`| ${q} | ${row!.count} | ${ms.toFixed(1)} |`);
  }
  console.log(`| total | | ${russian.toFixed(1)} |`);
}

/** Index-time work: Kazakh stemming against the Russian Snowball stemmer, 25% of the rows each. */
async function indexTime(db: Database) {
  const kazakh = await timed(() =>
    db.execute(
      sql`select count(to_tsvector('simple', vestnik_kk_stems(body_text))) from articles where locale = 'kk'`,
    ),
  );
  const russian = await timed(() =>
    db.execute(
      sql`select count(to_tsvector('russian', body_text)) from (select body_text from articles where locale = 'ru' limit (select count(*) from articles where locale = 'kk')) as b`,
    ),
  );
  console.log(
    `\nvectors of all Kazakh bodies: ${kazakh.toFixed(0)} ms (stemmer + 'simple'); as many Russian bodies: ${russian.toFixed(0)} ms ('russian')`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
