import { createDatabase } from '@vestnik/db/client';
import { loginAttempts } from '@vestnik/db/schema';
import { inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { startLoginAttemptsPrune } from '@/server/login-attempts-prune';
import { adminTestDatabase } from './harness';

const t = adminTestDatabase();
const HOUR = 3_600_000;
let admin: ReturnType<typeof createDatabase> | undefined;

afterAll(async () => {
  await admin?.close();
});

describe('login attempts prune at server start', () => {
  it('[ADMIN][LOCKOUT] the admin server prunes attempts older than a day as it starts, as the admin role, and keeps recent ones', async () => {
    const attempt = (email: string, hoursAgo: number) => ({
      email,
      ip: '192.0.2.7',
      success: false,
      createdAt: new Date(Date.now() - hoursAgo * HOUR),
    });
    const rows = await t.current.db
      .insert(loginAttempts)
      .values([attempt('old@test.kz', 48), attempt('recent@test.kz', 1)])
      .returning({ id: loginAttempts.id });
    // The app's own login (vestnik_admin), as main.ts uses it: the role may delete these rows.
    admin = createDatabase(t.current.adminUrl!, { max: 1 });
    const prune = startLoginAttemptsPrune({ db: admin.db });
    prune.stop();
    await prune.idle();
    const left = await t.current.db
      .select({ email: loginAttempts.email })
      .from(loginAttempts)
      .where(
        inArray(
          loginAttempts.id,
          rows.map((r) => r.id),
        ),
      );
    expect(left.map((r) => r.email)).toEqual(['recent@test.kz']);
  });
});
