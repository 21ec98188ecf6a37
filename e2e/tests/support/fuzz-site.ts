/**
 * Addresses of the public site with hostile parts: malformed escapes, NUL, impossible dates,
 * huge numbers, repeated and prototype-named parameters, very long values. Deterministic (a seed
 * gives the same list) so a failure can be replayed. Used by the fuzz spec and scripts/fuzz-site.
 */

const NASTY = [
  '',
  '%00',
  'x%00',
  '%',
  '%E0%A4%A',
  '%C0',
  '%ZZ',
  '%F0%9F%98%80',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f',
  'привет',
  '%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  "'",
  '%22',
  '%5C',
  '-1',
  '0',
  '99999999999999999999',
  '2147483648',
  '1e309',
  'NaN',
  'Infinity',
  'toString',
  '__proto__',
  'constructor',
  '2016-02-30',
  '2016-13-01',
  '0000-00-00',
  '9999-12-31',
  '2016-02-30T10:00:00Z_1',
  '0000-01-01T00:00:00Z_1',
  '2016-05-12T10:00:00Z_0',
  '2016-05-12T10:00:00Z_99999999999',
  'a'.repeat(3000),
  '%25',
  '+',
  '%2B%2B',
  ';',
  '%0D%0ASet-Cookie:x=1',
];

const YEARS = ['2016', '2024', '1899', '3000', '0', '9999', 'abcd', '20161'];
const MONTHS = ['01', '05', '12', '13', '00', '1', '-1'];
const DAYS = ['01', '12', '29', '30', '31', '32', '00'];
const BUCKETS = ['2016-05', '9999-12', '0000-00', '2016-05-14', '2016-02-30', '1899-12', 'x'];
const PERIODS = ['day', 'week', 'month', 'all', 'year', 'DAY'];
const KINDS = ['rubric', 'tag', 'author', 'source'];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export function fuzzPaths(count: number, seed: number, slugs: string[]): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const any = () => (next() < 0.6 ? pick(NASTY) : pick(slugs));
  const templates: (() => string)[] = [
    () => `/news/${any()}`,
    () => `/${pick(KINDS)}/${any()}`,
    () => `/${pick(KINDS)}/${pick(slugs)}?before=${any()}`,
    () => `/${pick(KINDS)}/${any()}?before=${any()}&before=${any()}`,
    () => `/${pick(['rubric', 'author'])}/${any()}/rss.xml`,
    () => `/archive/${pick(YEARS)}/${pick(MONTHS)}/${pick(DAYS)}`,
    () => `/archive/${pick(YEARS)}/${pick(MONTHS)}`,
    () => `/archive/${pick(YEARS)}`,
    () => `/archive?year=${pick(YEARS)}&month=${any()}&day=${any()}`,
    () => `/archive/days?year=${any()}&month=${any()}`,
    () => `/popular?period=${pick(PERIODS)}&period=${any()}`,
    () => `/search?q=${any()}&page=${any()}&from=${any()}&to=${any()}&rubric=${any()}`,
    () => `/search?q=${any()}&q=${any()}`,
    () => `/sitemaps/articles/${pick(BUCKETS)}.xml`,
    () => `/sitemaps/articles/${any()}`,
    () => `/api/views/${any()}`,
    () => `/media/${any()}`,
    () => `/preview/${any()}`,
    () => `/${any()}/${any()}`,
    () => `/${any()}?${any()}=${any()}`,
  ];
  return Array.from({ length: count }, () => pick(templates)());
}
