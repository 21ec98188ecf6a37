import { randomBytes } from 'node:crypto';
import type { UserRole } from '../schema/enums.ts';

export type DemoPerson = { email: string; name: string; slug: string; role: UserRole; bio: string };

export const demoPeople: DemoPerson[] = [
  {
    email: 'admin@vestnik.local',
    name: 'Ерлан Абенов',
    slug: 'erlan-abenov',
    role: 'admin',
    bio: 'Главный редактор',
  },
  {
    email: 'editor@vestnik.local',
    name: 'Асель Нурланова',
    slug: 'asel-nurlanova',
    role: 'editor',
    bio: 'Выпускающий редактор',
  },
  {
    email: 'author@vestnik.local',
    name: 'Дмитрий Ковалёв',
    slug: 'dmitriy-kovalyov',
    role: 'author',
    bio: 'Корреспондент отдела политики',
  },
  {
    email: 'aigerim@vestnik.local',
    name: 'Айгерим Сейткали',
    slug: 'aygerim-seytkali',
    role: 'author',
    bio: 'Корреспондент отдела общества',
  },
];

/** 4 groups of 4 letters and digits: 20 characters with hyphens, above the 12-character minimum. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
