/**
 * The demo tags' names in the Kazakh edition, by the tag's Russian name. A tag is one row with two
 * names (tags.name, tags.name_kk); Kazakh demo articles list their tags by the Kazakh name, and
 * the seed finds the tag through this table, so «Білім» on a Kazakh article and «Образование» on a
 * Russian one are the same tag.
 */
export const demoTagNamesKk: Record<string, string> = {
  'Нагорный Карабах': 'Таулы Қарабақ',
  ОБСЕ: 'ЕҚЫҰ',
  Дипломатия: 'Дипломатия',
  Нацгвардия: 'Ұлттық ұлан',
  Наурыз: 'Наурыз',
  Образование: 'Білім',
  Школа: 'Мектеп',
  Конституция: 'Конституция',
  'Референдум-2026': 'Референдум-2026',
  Культура: 'Мәдениет',
  Астана: 'Астана',
  Алматы: 'Алматы',
  Павлодар: 'Павлодар',
  Караганда: 'Қарағанды',
  'Кызылординская область': 'Қызылорда облысы',
  'Туркестанская область': 'Түркістан облысы',
  Спорт: 'Спорт',
  Футбол: 'Футбол',
  Бокс: 'Бокс',
  Здравоохранение: 'Денсаулық сақтау',
  СМИ: 'БАҚ',
  Экономика: 'Экономика',
  Бюджет: 'Бюджет',
  Энергетика: 'Энергетика',
  Транспорт: 'Көлік',
  'Сельское хозяйство': 'Ауыл шаруашылығы',
  Село: 'Ауыл',
  МВД: 'ІІМ',
  Происшествия: 'Оқиғалар',
  Армия: 'Армия',
  Экология: 'Экология',
  'Искусственный интеллект': 'Жасанды интеллект',
  '8 Марта': '8 Наурыз',
  Наука: 'Ғылым',
  Погода: 'Ауа райы',
  Соцподдержка: 'Әлеуметтік қолдау',
  Зоопарк: 'Хайуанаттар бағы',
  Таиланд: 'Тайланд',
  Долголетие: 'Ұзақ ғұмыр',
  ВОЗ: 'ДДСҰ',
  Аргентина: 'Аргентина',
  'Ближний Восток': 'Таяу Шығыс',
  Грузия: 'Грузия',
  Парламент: 'Парламент',
};

const russianByKazakh = new Map(Object.entries(demoTagNamesKk).map(([ru, kk]) => [kk, ru]));

/** The Russian name of a tag as an article lists it (Kazakh articles list the Kazakh name). */
export function russianTagName(name: string, locale?: 'kk'): string {
  if (locale !== 'kk') return name;
  const russian = russianByKazakh.get(name);
  if (!russian) throw new Error(`Kazakh demo tag «${name}» has no entry in demoTagNamesKk`);
  return russian;
}
