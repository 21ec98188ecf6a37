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
