import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { sources } from './sources.ts';
import { users } from './users.ts';

export type MediaVariant = { width: number; height: number; key: string; bytes: number };

export const media = pgTable(
  'media',
  {
    id: serial('id').primaryKey(),
    /** Storage key of the original (local directory or S3 bucket, per deployment). */
    storageKey: text('storage_key').notNull(),
    mimeType: text('mime_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    alt: text('alt').notNull(),
    caption: text('caption').notNull().default(''),
    /** Free-text credit as printed under the photo ("Фото с сайта sputnik.by"). */
    credit: text('credit').notNull().default(''),
    photoSourceId: integer('photo_source_id').references(() => sources.id, {
      onDelete: 'set null',
    }),
    variants: jsonb('variants').$type<MediaVariant[]>().notNull().default([]),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('media_created_idx').on(t.createdAt.desc().nullsFirst()),
    index('media_sha_idx').on(t.sha256),
  ],
);
