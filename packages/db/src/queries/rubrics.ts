import { asc, eq, sql } from 'drizzle-orm';
import { articles, rubrics } from '../schema/index.ts';
import type { Executor } from './audit.ts';

/** Rubrics in navigation order with their article counts, for the editors' list. */
export function listRubricsForAdmin(db: Executor) {
  return db
    .select({
      id: rubrics.id,
      slug: rubrics.slug,
      name: rubrics.name,
      description: rubrics.description,
      nameKk: rubrics.nameKk,
      descriptionKk: rubrics.descriptionKk,
      position: rubrics.position,
      // Outer columns are spelled out: drizzle leaves columns unqualified in one-table selects,
      // and a bare "id" inside the subquery would mean the article's id.
      articles: sql<number>`(select count(*) from ${articles} a where a.rubric_id = "rubrics"."id")::int`,
    })
    .from(rubrics)
    .orderBy(asc(rubrics.position), asc(rubrics.id));
}

export type InsertRubricParams = {
  slug: string;
  name: string;
  description: string;
  /** Kazakh name and description ('' = not translated). */
  nameKk?: string;
  descriptionKk?: string;
};

/** A new rubric goes to the end of the navigation. */
export async function insertRubric(db: Executor, params: InsertRubricParams): Promise<number> {
  const [row] = await db
    .insert(rubrics)
    .values({
      ...params,
      position: sql`(select coalesce(max(${rubrics.position}), 0) + 1 from ${rubrics})`,
    })
    .returning({ id: rubrics.id });
  return row!.id;
}

export type UpdateRubricParams = {
  id: number;
  name: string;
  description: string;
  /** Kazakh name and description; absent leaves them as they are. */
  nameKk?: string;
  descriptionKk?: string;
};

/** The slug stays: it is the rubric's public address. Returns the previous values. */
export async function updateRubric(db: Executor, params: UpdateRubricParams) {
  const [before] = await db
    .select({
      name: rubrics.name,
      description: rubrics.description,
      nameKk: rubrics.nameKk,
      descriptionKk: rubrics.descriptionKk,
    })
    .from(rubrics)
    .where(eq(rubrics.id, params.id))
    .for('update');
  if (!before) return undefined;
  const { id, ...values } = params;
  const set = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  await db.update(rubrics).set(set).where(eq(rubrics.id, id));
  return before;
}

export type MoveRubricParams = { id: number; direction: 'up' | 'down' };

/**
 * Swaps a rubric with its neighbour. Positions are renumbered 1..n first because seeded or
 * concurrent rows may share a position; the table lock makes two simultaneous moves serialize
 * instead of interleaving their renumbering (the table has a dozen rows).
 */
export async function moveRubric(db: Executor, params: MoveRubricParams): Promise<boolean> {
  await db.execute(sql`lock table ${rubrics} in share row exclusive mode`);
  const rows = await db
    .select({ id: rubrics.id })
    .from(rubrics)
    .orderBy(asc(rubrics.position), asc(rubrics.id));
  const ids = rows.map((r) => r.id);
  const index = ids.indexOf(params.id);
  const target = params.direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= ids.length) return false;
  [ids[index], ids[target]] = [ids[target]!, ids[index]!];
  for (const [position, id] of ids.entries()) {
    await db
      .update(rubrics)
      .set({ position: position + 1 })
      .where(eq(rubrics.id, id));
  }
  return true;
}
