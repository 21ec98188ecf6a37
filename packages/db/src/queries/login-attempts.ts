import { and, count, eq, gt, min, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { loginAttempts } from '../schema/index.ts';

/** The brute-force policy; the numbers are the product's promise, stated once. */
export const LOGIN_LIMITS = {
  perAccountAndIp: { failures: 5, windowMs: 15 * 60_000 },
  perAccount: { failures: 50, windowMs: 15 * 60_000 },
  perIp: { failures: 100, windowMs: 60 * 60_000 },
} as const;

export type LoginLock = { locked: false } | { locked: true; retryAt: Date };

type Window = { failures: number; windowMs: number };

async function lockFor(db: Database, where: ReturnType<typeof and>, limit: Window, now: Date) {
  const since = new Date(now.getTime() - limit.windowMs);
  const [row] = await db
    .select({ n: count(), oldest: min(loginAttempts.createdAt) })
    .from(loginAttempts)
    .where(and(where, eq(loginAttempts.success, false), gt(loginAttempts.createdAt, since)));
  if (!row || row.n < limit.failures || !row.oldest) return undefined;
  // Failures are forgiven one by one as they leave the window; the oldest leaves first.
  return new Date(new Date(row.oldest).getTime() + limit.windowMs);
}

export type CheckLoginLockParams = { email: string; ip: string; now?: Date };

/**
 * Locks are counted per (account, IP) pair, per account across all IPs with a higher ceiling, and
 * per IP. Keying the 5-guess limit on the pair means an attacker cannot lock a real editor out
 * from the editor's own network, while a distributed attack still meets the account ceiling.
 */
export async function checkLoginLock(
  db: Database,
  params: CheckLoginLockParams,
): Promise<LoginLock> {
  const now = params.now ?? new Date();
  const email = params.email.trim().toLowerCase();
  const retries = await Promise.all([
    lockFor(
      db,
      and(eq(loginAttempts.email, email), eq(loginAttempts.ip, params.ip)),
      LOGIN_LIMITS.perAccountAndIp,
      now,
    ),
    lockFor(db, eq(loginAttempts.email, email), LOGIN_LIMITS.perAccount, now),
    lockFor(db, eq(loginAttempts.ip, params.ip), LOGIN_LIMITS.perIp, now),
  ]);
  const latest = retries.filter((d): d is Date => d !== undefined).sort((a, b) => +b - +a)[0];
  return latest ? { locked: true, retryAt: latest } : { locked: false };
}

export type RecordLoginAttemptParams = { email: string; ip: string; success: boolean };

export async function recordLoginAttempt(db: Database, params: RecordLoginAttemptParams) {
  await db.insert(loginAttempts).values({
    email: params.email.trim().toLowerCase(),
    ip: params.ip,
    success: params.success,
  });
}

/** Old attempts only matter for the windows above; keep a day for the audit view. */
export async function pruneLoginAttempts(db: Database) {
  await db.delete(loginAttempts).where(sql`${loginAttempts.createdAt} < now() - interval '1 day'`);
}
