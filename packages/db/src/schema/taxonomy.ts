import { index, integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';

export const rubrics = pgTable(
  'rubrics',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** The name in the Kazakh edition; empty = the Russian name is shown there too. */
    nameKk: text('name_kk').notNull().default(''),
    description: text('description').notNull().default(''),
    descriptionKk: text('description_kk').notNull().default(''),
    /** Order in the site navigation; editors rearrange it. */
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('rubrics_slug_key').on(t.slug), index('rubrics_position_idx').on(t.position)],
);

export const tags = pgTable(
  'tags',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** The name in the Kazakh edition; empty = the Russian name is shown there too. */
    nameKk: text('name_kk').notNull().default(''),
  },
  (t) => [uniqueIndex('tags_slug_key').on(t.slug)],
);
