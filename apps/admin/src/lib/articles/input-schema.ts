import { z } from 'zod';
import { LOCALES } from './language';

const id = z.int().positive().max(2_147_483_647);
/** "" or a datetime-local value in the site's time zone; converted on the server. */
const zonedDateTime = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, 'Укажите дату и время полностью.');

export const sourceInputSchema = z.object({
  sourceId: id.optional(),
  name: z.string().trim().min(1, 'Укажите название источника.').max(200),
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^([a-z0-9-]+\.)+[a-z]{2,}$|^([a-z0-9-]+\.)+[a-z0-9-]{2,}$/u,
      'Укажите домен источника, например interfax.kz.',
    ),
  role: z.enum(['origin', 'via']),
});

/** Everything the editor form sends on save (the body is checked by parseArticleDocument). */
export const articleFieldsSchema = z.object({
  title: z.string().trim().max(300, 'Заголовок длиннее 300 символов.'),
  lead: z.string().trim().max(2000, 'Лид длиннее 2000 символов.'),
  body: z.unknown(),
  slug: z.string().trim().toLowerCase().max(120, 'Адрес длиннее 120 символов.'),
  slugManual: z.boolean(),
  rubricId: id.nullable(),
  heroMediaId: id.nullable(),
  breaking: z.boolean(),
  featured: z.boolean(),
  publishAt: zonedDateTime,
  embargoUntil: zonedDateTime,
  tags: z.array(z.string().trim().max(100)).max(30, 'Не более 30 тегов.'),
  sources: z.array(sourceInputSchema).max(20, 'Не более 20 источников.'),
  relatedIds: z.array(id).max(20, 'Не более 20 связанных материалов.'),
  /** The byline in order; absent leaves it as it is (the creator on a new draft). */
  authorIds: z.array(id).max(10, 'Не более 10 авторов.').optional(),
  /** The article's language; absent leaves it as it is (Russian on a new draft). */
  locale: z.enum(LOCALES, 'Выберите язык: русский или казахский.').optional(),
});

export type ArticleFieldsInput = z.infer<typeof articleFieldsSchema>;

export const articleRefSchema = z.object({ id, version: z.int().positive() });

export const idSchema = id;
