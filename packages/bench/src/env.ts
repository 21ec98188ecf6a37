import { z } from 'zod';

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const port = (fallback: number) => z.coerce.number().int().min(1024).max(65_535).default(fallback);

const schema = z.object({
  /** Set by the launcher: the embedded database, or BENCH_DATABASE_URL. */
  DATABASE_URL: z.url({ message: 'DATABASE_URL is not set: run through `pnpm bench`' }),
  /** An existing archive to measure as it is: nothing is generated, migrated or published. */
  BENCH_DATABASE_URL: z.url().optional(),
  /** The smaller archive of the growth table; by default a 10k archive next to the embedded one. */
  BENCH_COMPARE_URL: z.url().optional(),
  BENCH_ARTICLES: count(100_000),
  BENCH_COMPARE_ARTICLES: count(10_000),
  BENCH_SECONDS: count(10),
  BENCH_CONNECTIONS: count(50),
  BENCH_TAIL_SECONDS: count(20),
  BENCH_TAIL_URLS: count(5000),
  BENCH_SAMPLES: count(200),
  BENCH_GROWTH_SAMPLES: count(40),
  BENCH_PORT: port(3400),
  BENCH_VARNISH_PORT: port(3500),
  /** The cluster stage's site instances share their cache here, under a prefix of their own. */
  BENCH_REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  /** gzip: every request asks for gzip, as browsers do; identity: none does (wrk's default). */
  BENCH_ENCODING: z.enum(['gzip', 'identity']).default('gzip'),
  BENCH_STAGES: z
    .string()
    .default('ceilings,hot,tail,cold,varnish,cluster,growth,publish,js')
    .transform((list) => new Set(list.split(',').map((s) => s.trim()))),
  SITE_TIMEZONE: z.string().default('Asia/Almaty'),
  MEDIA_DIR: z.string().optional(),
});

export type BenchEnv = z.infer<typeof schema>;
export type Stage =
  | 'ceilings'
  | 'hot'
  | 'tail'
  | 'cold'
  | 'varnish'
  | 'cluster'
  | 'growth'
  | 'publish'
  | 'js';

/**
 * The only reader of process.env in the bench (launch.ts before it only picks the database); a
 * bad value stops the run with a sentence naming it.
 */
export function benchEnv(): BenchEnv {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid benchmark settings — ${problems.join('; ')}`);
  }
  return parsed.data;
}
