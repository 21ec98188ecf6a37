/**
 * Lowercase Cyrillic → Latin. Russian follows the common news-site scheme (щ → shch, й → y,
 * ъ/ь dropped, ё → e); Kazakh-only letters map to their Kazakh Latin base letters
 * (қ → q as in «Qazaqstan»). A few Ukrainian/Belarusian letters are included because they turn
 * up in CIS news titles.
 */
// biome-ignore format: laid out like the alphabet so a missing letter stands out
export const cyrillicToLatin: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kazakh
  ә: 'a', ғ: 'g', қ: 'q', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
  // Ukrainian / Belarusian
  є: 'ye', ї: 'yi', ґ: 'g', ў: 'u',
};
