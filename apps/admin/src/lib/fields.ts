import { z } from 'zod';
import { INVALID_TEXT, isStorableText } from './text-input';

/** Shared zod pieces for admin forms: form fields arrive as strings, errors are Russian. */
/** A row id within PostgreSQL's `integer`: a larger number is a wrong id, not a database error. */
export const id = z.coerce
  .number()
  .int('Неверный идентификатор.')
  .positive('Неверный идентификатор.')
  .max(2_147_483_647, 'Неверный идентификатор.');

export const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}: не длиннее ${max} символов.`)
    .refine(isStorableText, `${label}: ${INVALID_TEXT}`);

export const requiredText = (label: string, max: number) =>
  text(label, max).min(1, `${label}: поле обязательно.`);

/** An empty select or input means "none". */
export const optionalId = z.preprocess(
  (v) => (v === '' || v === undefined || v === null ? null : v),
  z.coerce.number().int().positive().max(2_147_483_647).nullable(),
);

export const optionalText = (label: string, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    text(label, max).nullable(),
  );
