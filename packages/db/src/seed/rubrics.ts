import type { DemoRubric } from './demo-articles.ts';

export const demoRubrics: { slug: DemoRubric; name: string; description: string }[] = [
  { slug: 'politics', name: 'Политика', description: 'Государство, парламент, выборы и реформы' },
  { slug: 'society', name: 'Общество', description: 'Жизнь страны и людей' },
  { slug: 'economy', name: 'Экономика', description: 'Бизнес, финансы, промышленность' },
  { slug: 'world', name: 'В мире', description: 'Международные новости' },
  { slug: 'army', name: 'Армия', description: 'Вооруженные силы и Национальная гвардия' },
  { slug: 'regions', name: 'Регионы', description: 'Новости областей и городов' },
  { slug: 'sport', name: 'Спорт', description: 'Соревнования, победы, спортсмены' },
  { slug: 'culture', name: 'Культура', description: 'Искусство, традиции, театр и музыка' },
  { slug: 'science', name: 'Наука и образование', description: 'Школы, вузы, исследования' },
  { slug: 'incidents', name: 'Происшествия', description: 'Чрезвычайные ситуации и криминал' },
];
