import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { auditLog, users } from '../schema/index.ts';

/** A database handle or an open transaction: audit entries are written inside the change's tx. */
export type Executor = Pick<Database, 'insert' | 'select' | 'update' | 'delete' | 'execute'>;

export type WriteAuditParams = {
  userId: number | null;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  /** Before/after summary; never passwords or tokens. */
  summary?: Record<string, unknown>;
  ip?: string | null;
};

export async function writeAudit(db: Executor, params: WriteAuditParams): Promise<void> {
  await db.insert(auditLog).values({
    userId: params.userId,
    action: params.action,
    entityType: params.entityType,
    entityId: params.entityId == null ? null : String(params.entityId),
    summary: params.summary ?? {},
    ip: params.ip ?? null,
  });
}

export type ListAuditParams = {
  limit: number;
  userId?: number;
  entityType?: string;
  action?: string;
  from?: Date;
  to?: Date;
  /** Keyset cursor: entries older than this id. */
  beforeId?: number;
};

export function listAuditLog(db: Database, params: ListAuditParams) {
  const filters: (SQL | undefined)[] = [
    params.userId === undefined ? undefined : eq(auditLog.userId, params.userId),
    params.entityType ? eq(auditLog.entityType, params.entityType) : undefined,
    params.action ? eq(auditLog.action, params.action) : undefined,
    params.from ? gte(auditLog.createdAt, params.from) : undefined,
    params.to ? lt(auditLog.createdAt, params.to) : undefined,
    params.beforeId ? lt(auditLog.id, params.beforeId) : undefined,
  ];
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      summary: auditLog.summary,
      ip: auditLog.ip,
      createdAt: auditLog.createdAt,
      user: { id: users.id, name: users.name },
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(...filters))
    .orderBy(desc(auditLog.id))
    .limit(params.limit);
}
