/**
 * EXPLAIN (ANALYZE, BUFFERS) of every query the public site's hot pages run, against the database
 * in DATABASE_URL (a generated archive):
 *   DATABASE_URL=… tsx packages/db/src/cli/explain-hot-paths.ts [--only name] [--runs 3] [--plans]
 * Each query function runs once with a logger that records the exact SQL and parameters drizzle
 * sends; each recorded statement is then explained once to warm the cache and `--runs` times more.
 * It prints the best execution time and the plan's node types; `--plans` prints whole plans.
 */
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from '../schema/index.ts';
import { type Captured, hotPathScenarios } from './hot-path-scenarios.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string', default: '3' },
    plans: { type: 'boolean', default: false },
  },
});
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set.');
  process.exit(1);
}

const client = postgres(url, { max: 1, onnotice: () => {} });
let captured: Captured[] = [];
const db = drizzle(client, {
  schema,
  logger: { logQuery: (query, params) => captured.push({ query, params }) },
});

type PlanNode = {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
};

function nodes(plan: PlanNode): string[] {
  const self = plan['Index Name']
    ? `${plan['Node Type']}(${plan['Index Name']})`
    : plan['Relation Name']
      ? `${plan['Node Type']}(${plan['Relation Name']})`
      : plan['Node Type'];
  return [self, ...(plan.Plans ?? []).flatMap(nodes)];
}

async function explain(statement: Captured, runs: number) {
  let best = Number.POSITIVE_INFINITY;
  let bestPlan: unknown;
  for (let i = 0; i <= runs; i++) {
    const [row] = await client.unsafe(
      `explain (analyze, buffers, format json) ${statement.query}`,
      statement.params as never[],
    );
    const [result] = row!['QUERY PLAN'] as [{ 'Execution Time': number; Plan: PlanNode }];
    if (i > 0 && result['Execution Time'] < best) {
      best = result['Execution Time'];
      bestPlan = result;
    }
  }
  return { best, plan: bestPlan as { Plan: PlanNode } };
}

async function textPlan(statement: Captured): Promise<string> {
  const rows = await client.unsafe(
    `explain (analyze, buffers) ${statement.query}`,
    statement.params as never[],
  );
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

const runs = Number(values.runs);
const scenarios = await hotPathScenarios(db);
for (const scenario of scenarios) {
  if (values.only && !scenario.name.includes(values.only)) continue;
  captured = [];
  await scenario.run();
  const statements = captured;
  for (const [i, statement] of statements.entries()) {
    const { best, plan } = await explain(statement, runs);
    const label = statements.length > 1 ? `${scenario.name} #${i + 1}` : scenario.name;
    console.log(`${best.toFixed(3).padStart(9)} ms  ${label}  [${scenario.page}]`);
    console.log(`             ${nodes(plan.Plan).join(' > ')}`);
    if (values.plans) {
      console.log(`  SQL: ${statement.query}\n  params: ${JSON.stringify(statement.params)}`);
      console.log((await textPlan(statement)).replace(/^/gm, '    '));
    }
  }
}
await client.end();
