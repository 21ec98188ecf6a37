import { sql } from 'drizzle-orm';
import { pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sourceKind } from './enums.ts';

/** News agencies, outlets and photo sources an article cites; cited as data, not as prose. */
export const sources = pgTable(
  'sources',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** Bare host name such as "interfax.kz"; unique so the same outlet is never entered twice. */
    domain: text('domain'),
    url: text('url'),
    kind: sourceKind('kind').notNull().default('outlet'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sources_slug_key').on(t.slug),
    uniqueIndex('sources_domain_key').on(sql`lower(${t.domain})`),
  ],
);
