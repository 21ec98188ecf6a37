import { and, count, eq, gt, min, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { loginAttempts } from '../schema/index.ts';
import type { Executor } from './audit.ts';

/** The brute-force policy; the numbers are the product's promise, stated once. */
export const LOGIN_LIMITS = {
  perAccountAndIp: { failures: 5, windowMs: 15 * 60_000 },
  perAccount: { failures: 50, windowMs: 15 * 60_000 },
  perIp: { failures: 100, windowMs: 60 * 60_000 },
  /** A browser the account has logged in from before (device cookie): its own allowance. */
  perDevice: { failures: 5, windowMs: 15 * 60_000 },
} as const;

export type LoginLock = { locked: false } | { locked: true; retryAt: Date };
export type PasswordCheckKind = 'login' | 'password';

type Window = { failures: number; windowMs: number };

const normalizeEmail = (email: string) => email.trim().toLowerCase();

async function lockFor(db: Executor, where: SQL | undefined, limit: Window, now: Date) {
  const since = new Date(now.getTime() - limit.windowMs);
  const [row] = await db
    .select({ n: count(), oldest: min(loginAttempts.createdAt) })
    .from(loginAttempts)
    .where(and(where, eq(loginAttempts.success, false), gt(loginAttempts.createdAt, since)));
  if (!row || row.n < limit.failures || !row.oldest) return undefined;
  // Failures are forgiven one by one as they leave the window; the oldest leaves first.
  return new Date(new Date(row.oldest).getTime() + limit.windowMs);
}

const latest = (dates: (Date | undefined)[]): LoginLock => {
  const last = dates.filter((d): d is Date => d !== undefined).sort((a, b) => +b - +a)[0];
  return last ? { locked: true, retryAt: last } : { locked: false };
};

export type CheckLoginLockParams = { email: string; ip: string; device?: string; now?: Date };

/**
 * Guesses are counted per (account, IP) pair, per account across all IPs with a higher ceiling,
 * and per IP. Keying the 5-guess limit on the pair means an attacker cannot lock a real editor out
 * from the editor's own network, while a distributed attack still meets the account ceiling.
 * A known browser (a valid device cookie for this account) is checked against its own failures
 * only, so it is never held by what unknown browsers did: this is what keeps the owner able to log
 * in while the account is under attack. A known browser that itself fails too often is treated as
 * unknown, and its failures count there too (they are in the same rows), so it gets no second
 * allowance.
 */
export async function checkLoginLock(
  db: Executor,
  params: CheckLoginLockParams,
): Promise<LoginLock & { trustedDevice: boolean }> {
  const now = params.now ?? new Date();
  const email = normalizeEmail(params.email);
  if (params.device) {
    const device = await lockFor(
      db,
      and(eq(loginAttempts.email, email), eq(loginAttempts.device, params.device)),
      LOGIN_LIMITS.perDevice,
      now,
    );
    if (!device) return { locked: false, trustedDevice: true };
  }
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
  return { ...latest(retries), trustedDevice: false };
}

// Advisory-lock namespaces (first key of pg_advisory_xact_lock(int, int)).
const ACCOUNT_LOCK = 0x4c47_0001;
const IP_LOCK = 0x4c47_0002;

export type BeginPasswordCheckParams = {
  email: string;
  ip: string;
  /** The id from a device cookie the app has verified for this account. */
  device?: string;
  kind: PasswordCheckKind;
};

export type PasswordCheckTicket = { allowed: true; id: number } | { allowed: false; retryAt: Date };

/**
 * One atomic step per guess, taken *before* the password is checked: under a per-account and a
 * per-address advisory lock, count the failures and, if the guess is allowed, record it at once as
 * a failure. Concurrent guesses therefore see each other (a guess in flight already counts), so 80
 * parallel guesses evaluate at most the limit, never 80. The locks are held for two short queries,
 * not for the slow password hash; settlePasswordCheck turns the row into a success afterwards.
 * Locks are always taken account first, then address, so two guesses cannot deadlock.
 */
export function beginPasswordCheck(
  db: Database,
  params: BeginPasswordCheckParams,
): Promise<PasswordCheckTicket> {
  const email = normalizeEmail(params.email);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ACCOUNT_LOCK}, hashtext(${email}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(${IP_LOCK}, hashtext(${params.ip}))`);
    const lock = await checkLoginLock(tx, { email, ip: params.ip, device: params.device });
    if (lock.locked) return { allowed: false, retryAt: lock.retryAt };
    const [row] = await tx
      .insert(loginAttempts)
      .values({
        email,
        ip: params.ip,
        success: false,
        kind: params.kind,
        device: lock.trustedDevice ? params.device : null,
      })
      .returning({ id: loginAttempts.id });
    return { allowed: true, id: row!.id };
  });
}

export type SettlePasswordCheckParams = { id: number; success: boolean };

/** A failed guess is already recorded; a correct one stops counting as a failure. */
export async function settlePasswordCheck(db: Database, params: SettlePasswordCheckParams) {
  if (!params.success) return;
  await db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, params.id));
}

export type RecordLoginAttemptParams = {
  email: string;
  ip: string;
  success: boolean;
  device?: string;
  kind?: PasswordCheckKind;
};

/** A finished attempt, recorded directly (tests and imports; logins go through beginPasswordCheck). */
export async function recordLoginAttempt(db: Executor, params: RecordLoginAttemptParams) {
  await db.insert(loginAttempts).values({
    email: normalizeEmail(params.email),
    ip: params.ip,
    success: params.success,
    device: params.device ?? null,
    kind: params.kind ?? 'login',
  });
}

/** Old attempts only matter for the windows above; keep a day for the audit view. */
export async function pruneLoginAttempts(db: Database) {
  await db.delete(loginAttempts).where(sql`${loginAttempts.createdAt} < now() - interval '1 day'`);
}
