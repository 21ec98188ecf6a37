import fs from 'node:fs';
import path from 'node:path';
import { createArticle, createRubric, createSource, createUser } from '@vestnik/db/factories';
import { getSessionUser } from '@vestnik/db/queries/users';
import { tags } from '@vestnik/db/schema';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { articleForm } from './article-form';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({ auth: async () => sessionState.current }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.8' }),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));

const t = adminTestDatabase();
const ACTIONS_DIR = path.resolve(import.meta.dirname, '../src/actions');
const PUBLIC_ACTION_FILES = new Set(['auth/login.ts', 'auth/logout.ts']);
/** Random inputs with several hostile fields at once, per action, after the field sweep. */
const MIXED_CASES_PER_ACTION = 40;
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_130);

type Action = ((raw: unknown) => Promise<{ ok: boolean; error?: string }>) & {
  schema?: { shape?: Record<string, unknown> };
};

/** A small deterministic PRNG (mulberry32): a failing case can be replayed with FUZZ_SEED. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4_294_967_296;
  };
}

let deep: unknown = 'дно';
for (let i = 0; i < 60; i++) deep = [deep];

/** Swept through every field of every action, one field at a time. */
const SWEEP: unknown[] = [
  '\u0000',
  'до\u0000после',
  '\udc00',
  'x'.repeat(20_000),
  'toString',
  '2147483648',
  2_147_483_648,
  2 ** 53 + 2,
  -1,
  1e308,
  Number.NaN,
  null,
  [],
  ['\u0000', 2_147_483_648],
  {},
];

/** What a hostile or careless client may put in any field of an action's input. */
const HOSTILE: unknown[] = [
  '',
  '   ',
  '\u0000',
  'Заголовок\u0000с нулём',
  '\ud800одинокий суррогат',
  'x'.repeat(20_000),
  'toString',
  '__proto__',
  'constructor',
  "'; drop table users; --",
  '%_\\',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '9999-99-99T99:99',
  '0000-00-00T00:00',
  '2024-02-30T25:61',
  '2147483648',
  '99999999999999999999',
  '-1',
  '1e3',
  '0x10',
  0,
  -1,
  1.5,
  2_147_483_647,
  2_147_483_648,
  2 ** 53 + 2,
  -2_147_483_649,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  null,
  undefined,
  [],
  [null],
  ['\u0000'],
  [2_147_483_648, -1],
  Array.from({ length: 2000 }, (_, i) => i),
  {},
  { id: 1, title: '\u0000' },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  deep,
  { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '\u0000' }] }] },
  { type: 'doc', content: [{ type: 'image', mediaId: 2_147_483_648 }] },
];

describe('action input fuzz', () => {
  const actions: { name: string; action: Action }[] = [];
  let admin: Awaited<ReturnType<typeof createUser>>;
  let base: () => Record<string, unknown>;

  beforeAll(async () => {
    const files = fs
      .readdirSync(ACTIONS_DIR, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !PUBLIC_ACTION_FILES.has(f.split(path.sep).join('/')))
      .filter((f) =>
        /^\s*['"]use server['"]/.test(fs.readFileSync(path.join(ACTIONS_DIR, f), 'utf8')),
      );
    for (const file of files) {
      const module = (await import(path.join(ACTIONS_DIR, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (typeof value === 'function')
          actions.push({ name: `${file}#${name}`, action: value as Action });
      }
    }
    const db = t.current.db;
    admin = await createUser(db, { role: 'admin' });
    const rubric = await createRubric(db);
    const source = await createSource(db);
    const article = await createArticle(db, { status: 'draft', rubricId: rubric.id });
    const [tagA, tagB] = await db
      .insert(tags)
      .values([
        { slug: 'fuzz-a', name: 'Фазз А' },
        { slug: 'fuzz-b', name: 'Фазз Б' },
      ])
      .returning();
    // Every field any action reads, valid, so that one mutated field is what gets tested.
    base = () => ({
      ...articleForm({ rubricId: rubric.id, tags: ['Фазз'], relatedIds: [] }),
      id: article.id,
      version: article.version,
      articleId: article.id,
      revision: 1,
      to: 'draft',
      force: false,
      publishAt: '2031-05-01T10:00',
      text: 'Исправлена дата в первом абзаце.',
      name: 'Проверка ввода',
      description: 'Описание',
      email: `fuzz-${Math.floor(Math.random() * 1e9)}@vestnik.test`,
      role: 'author',
      disabled: 'false',
      direction: 'up',
      fromId: tagA!.id,
      intoId: tagB!.id,
      domain: 'fuzz.example.kz',
      url: 'https://fuzz.example.kz/',
      kind: source.kind,
      alt: 'Описание фото',
      caption: '',
      credit: '',
      photoSourceId: '',
      current: 'неверный-пароль',
      next: 'новый-пароль-для-проверки',
      confirm: 'новый-пароль-для-проверки',
    });
  });

  /** The admin reaches the deepest code; re-read (or replaced) after an action changed them. */
  async function signInAdmin() {
    const fresh = await getSessionUser(t.current.db, { id: admin.id });
    if (!fresh || fresh.disabled || fresh.role !== 'admin' || fresh.mustChangePassword) {
      admin = await createUser(t.current.db, { role: 'admin' });
      signInAs(admin);
    } else signInAs(fresh);
  }

  it('[ADMIN][FUZZ] thousands of hostile inputs to every action: each answers with a Russian message or succeeds, none fails with a server error', async () => {
    const next = random(SEED);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
    let calls = 0;
    let refused = 0;
    const crashes: string[] = [];
    const call = async (name: string, action: Action, input: unknown) => {
      await signInAdmin();
      calls++;
      try {
        const result = await action(input);
        expect(typeof result.ok, name).toBe('boolean');
        if (!result.ok) {
          refused++;
          expect(result.error, `${name}: ${JSON.stringify(input)?.slice(0, 300)}`).toMatch(
            /[А-Яа-яЁё]/,
          );
        }
      } catch (error) {
        crashes.push(
          `${name}: ${String(error).slice(0, 200)} ← ${JSON.stringify(input)?.slice(0, 300)}`,
        );
      }
    };
    for (const { name, action } of actions) {
      const own = Object.keys(action.schema?.shape ?? {});
      expect(own.length, `${name} exposes its input fields`).toBeGreaterThan(0);
      // Not an object at all.
      for (const input of [null, 'строка', 42, [], new Array(3)]) await call(name, action, input);
      // Every field of the action, one hostile value at a time, the rest valid.
      for (const key of own) {
        for (const value of SWEEP) await call(name, action, { ...base(), [key]: value });
      }
      // Several hostile fields at once, from the action's own fields and stray keys.
      for (let i = 0; i < MIXED_CASES_PER_ACTION; i++) {
        const fields = base();
        const mutations = 1 + Math.floor(next() * 3);
        for (let m = 0; m < mutations; m++) {
          const key = next() < 0.85 ? pick(own) : pick(['__proto__', 'constructor', 'лишнее']);
          fields[key] = pick(HOSTILE);
        }
        await call(name, action, fields);
      }
    }
    console.info(
      `action fuzz (seed ${SEED}): ${actions.length} actions, ${calls} calls, ${refused} refused with a message, ${crashes.length} server errors`,
    );
    expect(crashes).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(2000);
  }, 600_000);
});
