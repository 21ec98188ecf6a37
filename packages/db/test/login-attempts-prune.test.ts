import { inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pruneLoginAttempts } from '../src/queries/login-attempts.ts';
import { loginAttempts } from '../src/schema/index.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const HOUR = 3_600_000;

describe('login attempts housekeeping', () => {
  it('[ADMIN][LOCKOUT] pruning removes attempts older than a day and keeps the recent ones the limits read', async () => {
    const db = t.current.db;
    const at = (hoursAgo: number) => ({
      email: `prune-${hoursAgo}@test.kz`,
      ip: '192.0.2.1',
      success: false,
      createdAt: new Date(Date.now() - hoursAgo * HOUR),
    });
    const rows = await db
      .insert(loginAttempts)
      .values([at(72), at(25), at(23), at(0)])
      .returning({ id: loginAttempts.id, email: loginAttempts.email });
    await pruneLoginAttempts(db);
    const left = await db
      .select({ email: loginAttempts.email })
      .from(loginAttempts)
      .where(
        inArray(
          loginAttempts.id,
          rows.map((r) => r.id),
        ),
      );
    expect(left.map((r) => r.email).sort()).toEqual(['prune-0@test.kz', 'prune-23@test.kz']);
  });
});
