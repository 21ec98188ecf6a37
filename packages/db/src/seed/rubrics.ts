import type { DemoRubric } from './demo-articles.ts';

export type DemoRubricRow = {
  slug: DemoRubric;
  name: string;
  description: string;
  /** The name and description in the Kazakh edition. */
  nameKk: string;
  descriptionKk: string;
};

export const demoRubrics: DemoRubricRow[] = [
  {
    slug: 'politics',
    name: 'Политика',
    description: 'Государство, парламент, выборы и реформы',
    nameKk: 'Саясат',
    descriptionKk: 'Мемлекет, парламент, сайлау және реформалар',
  },
  {
    slug: 'society',
    name: 'Общество',
    description: 'Жизнь страны и людей',
    nameKk: 'Қоғам',
    descriptionKk: 'Ел мен адамдардың өмірі',
  },
  {
    slug: 'economy',
    name: 'Экономика',
    description: 'Бизнес, финансы, промышленность',
    nameKk: 'Экономика',
    descriptionKk: 'Бизнес, қаржы, өнеркәсіп',
  },
  {
    slug: 'world',
    name: 'В мире',
    description: 'Международные новости',
    nameKk: 'Әлем',
    descriptionKk: 'Халықаралық жаңалықтар',
  },
  {
    slug: 'army',
    name: 'Армия',
    description: 'Вооруженные силы и Национальная гвардия',
    nameKk: 'Армия',
    descriptionKk: 'Қарулы Күштер және Ұлттық ұлан',
  },
  {
    slug: 'regions',
    name: 'Регионы',
    description: 'Новости областей и городов',
    nameKk: 'Өңірлер',
    descriptionKk: 'Облыстар мен қалалардың жаңалықтары',
  },
  {
    slug: 'sport',
    name: 'Спорт',
    description: 'Соревнования, победы, спортсмены',
    nameKk: 'Спорт',
    descriptionKk: 'Жарыстар, жеңістер, спортшылар',
  },
  {
    slug: 'culture',
    name: 'Культура',
    description: 'Искусство, традиции, театр и музыка',
    nameKk: 'Мәдениет',
    descriptionKk: 'Өнер, салт-дәстүр, театр және музыка',
  },
  {
    slug: 'science',
    name: 'Наука и образование',
    description: 'Школы, вузы, исследования',
    nameKk: 'Ғылым және білім',
    descriptionKk: 'Мектептер, жоғары оқу орындары, зерттеулер',
  },
  {
    slug: 'incidents',
    name: 'Происшествия',
    description: 'Чрезвычайные ситуации и криминал',
    nameKk: 'Оқиғалар',
    descriptionKk: 'Төтенше жағдайлар және қылмыс',
  },
];
