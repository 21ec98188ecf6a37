import { z } from 'zod';

/** Shared zod pieces for admin forms: form fields arrive as strings, errors are Russian. */
export const id = z.coerce.number().int().positive('Неверный идентификатор.');

export const text = (label: string, max: number) =>
  z.string().trim().max(max, `${label}: не длиннее ${max} символов.`);

export const requiredText = (label: string, max: number) =>
  text(label, max).min(1, `${label}: поле обязательно.`);

/** An empty select or input means "none". */
export const optionalId = z.preprocess(
  (v) => (v === '' || v === undefined || v === null ? null : v),
  z.coerce.number().int().positive().nullable(),
);

export const optionalText = (label: string, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    text(label, max).nullable(),
  );
