import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { userRole } from './enums.ts';

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** Public author page address: /author/<slug>. */
    slug: text('slug').notNull(),
    bio: text('bio').notNull().default(''),
    role: userRole('role').notNull().default('author'),
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    /**
     * Bumped on logout, password change, role change and disabling: every session carries the
     * version it was issued with and is refused once they differ, so revocation is immediate.
     */
    sessionVersion: integer('session_version').notNull().default(1),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  },
  (t) => [
    // Emails compare case-insensitively; the unique index enforces it at the database.
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_slug_key').on(t.slug),
    index('users_role_idx').on(t.role),
  ],
);
