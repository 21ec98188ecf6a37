import { sourceKind } from '@vestnik/db/schema';
import { z } from 'zod';
import { optionalText, requiredText } from '@/lib/fields';

/** A bare host name: "interfax.kz", lower-cased, without scheme or path. */
const domain = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .trim()
          .toLowerCase()
          .replace(/^https?:\/\//, '')
          .replace(/\/.*$/, '') || null
      : v,
  z
    .string()
    .regex(
      /^(?=.{1,253}$)([a-z0-9а-яё-]+\.)+[a-z0-9а-яё-]{2,}$/,
      'Домен: укажите имя сайта, например interfax.kz.',
    )
    .nullable(),
);

export const sourceFields = z.object({
  name: requiredText('Название', 200),
  domain,
  url: optionalText('Адрес', 500).pipe(
    z
      .string()
      .regex(/^https?:\/\/\S+$/, 'Адрес: ссылка должна начинаться с http:// или https://.')
      .nullable(),
  ),
  kind: z.enum(sourceKind.enumValues, { message: 'Выберите тип источника.' }),
});

export const DOMAIN_TAKEN = 'Источник с таким доменом уже есть.';
