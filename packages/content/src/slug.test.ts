import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify, transliterate } from './slug.ts';

describe('slugify', () => {
  const summit =
    'Встреча президентов Армении и Азербайджана планируется на следующей неделе в Вене';

  it('[SLUG] transliterates a Russian title in full when it fits', () => {
    expect(slugify(summit, { maxLength: 120 })).toBe(
      'vstrecha-prezidentov-armenii-i-azerbaydzhana-planiruetsya-na-sleduyushchey-nedele-v-vene',
    );
  });

  it('[SLUG] truncates to 80 characters by default at a word boundary', () => {
    const slug = slugify(summit);
    expect(slug).toBe('vstrecha-prezidentov-armenii-i-azerbaydzhana-planiruetsya-na-sleduyushchey');
    expect(slug.length).toBeLessThanOrEqual(80);
  });

  it('[SLUG] keeps a word that ends exactly at the limit and hard-cuts a single long word', () => {
    expect(slugify('Встреча президентов', { maxLength: 8 })).toBe('vstrecha');
    expect(slugify('Достопримечательность', { maxLength: 10 })).toBe('dostoprime');
  });

  it('[SLUG] folds Kazakh Latin diacritics in a mixed-script title', () => {
    expect(slugify('Soltüstık Qazaqstan – кузница национальной журналистики')).toBe(
      'soltustik-qazaqstan-kuznitsa-natsionalnoy-zhurnalistiki',
    );
  });

  it('[SLUG] handles a Kazakh word inside a Russian title, digits and guillemets', () => {
    expect(slugify('В воинской части 5451 Нацгвардии провели церемонию «Тұсаукесер»')).toBe(
      'v-voinskoy-chasti-5451-natsgvardii-proveli-tseremoniyu-tusaukeser',
    );
  });

  it('[SLUG] transliterates a Kazakh title', () => {
    expect(slugify('Мемлекет басшысы Қазақстан халқына Жолдау жариялады')).toBe(
      'memleket-basshysy-qazaqstan-khalqyna-zholdau-zhariyalady',
    );
  });

  it('[SLUG] Kazakh-only letters ә ғ қ ң ө ұ ү һ і are transliterated in both cases', () => {
    expect(slugify('Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі')).toBe('aa-gg-qq-nn-oo-uu-uu-hh-ii');
  });

  it('[SLUG] turns slashes and colons into single hyphens', () => {
    expect(slugify('За 2 года в Казахстане модернизируют 124 ж/д вокзала: 36 уже обновлены')).toBe(
      'za-2-goda-v-kazakhstane-moderniziruyut-124-zh-d-vokzala-36-uzhe-obnovleny',
    );
  });

  it('[SLUG] drops hard and soft signs, apostrophes and edge punctuation', () => {
    expect(slugify('«Объявление»: съезд, O’Brien и ель…')).toBe('obyavlenie-sezd-obrien-i-el');
  });

  it('[SLUG] falls back to "material" when nothing is transliterable', () => {
    expect(slugify('🔥 — 中国 —')).toBe('material');
    expect(slugify('')).toBe('material');
  });

  it('[SLUG] always produces a valid slug, clamping maxLength to 120', () => {
    const slug = slugify('очень длинный заголовок '.repeat(20), { maxLength: 500 });
    expect(slug.length).toBeLessThanOrEqual(120);
    expect(isValidSlug(slug)).toBe(true);
  });
});

describe('transliterate', () => {
  it('[SLUG] keeps case and capitalises digraphs', () => {
    expect(transliterate('Жанна Щукина, Ёлка')).toBe('Zhanna Shchukina, Elka');
  });

  it('[SLUG] handles decomposed й and ё typed as base letter plus combining mark', () => {
    expect(transliterate('Сергеи\u0306 и е\u0308ж')).toBe('Sergey i ezh');
  });

  it('[SLUG] folds the dotless ı and dotted İ of Kazakh/Turkish Latin', () => {
    expect(transliterate('Qazaqstan Respublıkası İşki')).toBe('Qazaqstan Respublikasi Iski');
  });
});

describe('isValidSlug', () => {
  it.each(['a', 'news-2024', 'vstrecha-v-vene'])('[SLUG] accepts %j', (slug) => {
    expect(isValidSlug(slug)).toBe(true);
  });

  it.each(['', 'News', '-a', 'a-', 'a--b', 'a_b', 'qazaqstan/news', 'ж', 'a'.repeat(121)])(
    '[SLUG] rejects %j',
    (slug) => {
      expect(isValidSlug(slug)).toBe(false);
    },
  );
});
