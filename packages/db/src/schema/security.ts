import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * Every password guess (login form and change-password), kept in the database (not in memory) so
 * that brute-force limits hold across restarts and across several admin instances. A guess is
 * written as a failure *before* the password is checked and turned into a success afterwards, so
 * guesses still in flight count against the limits too (queries/login-attempts.ts).
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    success: boolean('success').notNull(),
    /** `login` (the login form) or `password` (the current password on change-password). */
    kind: text('kind').notNull().default('login'),
    /**
     * The device cookie's id when the guess came from a browser this account has logged in from
     * before (OWASP "device cookies"): that browser is judged by its own failures only, so an
     * attacker elsewhere cannot lock the owner out. Null for every other client.
     */
    device: text('device'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('login_attempts_email_idx').on(t.email, t.createdAt),
    index('login_attempts_ip_idx').on(t.ip, t.createdAt),
    index('login_attempts_device_idx')
      .on(t.device, t.createdAt)
      .where(sql`${t.device} is not null`),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    /** Before/after summary of what changed, never secrets. */
    summary: jsonb('summary').notNull().default({}),
    ip: text('ip'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_log_created_idx').on(t.createdAt.desc().nullsFirst()),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_user_idx').on(t.userId, t.createdAt.desc().nullsFirst()),
  ],
);
