/**
 * The source line under an article, as one Russian sentence built from its cited sources:
 * "Об этом передает Kazpravda.kz со ссылкой на interfax.kz." The outlet that passed the news on
 * (`via`) is named in full; the one it came from (`origin`) by its domain after "со ссылкой на",
 * as newsrooms write it, and in full when it is the only kind cited.
 */
/** The sentence's language: the article's (a Kazakh article gets a Kazakh source line). */
export type AttributionLanguage = 'ru' | 'kk';

export type CitedSource = { name: string; domain: string | null; role: 'origin' | 'via' };

/** Plain text, or a source to be shown (a link, on the site) with its label. */
export type AttributionPart<S extends CitedSource> =
  | { kind: 'text'; text: string }
  | { kind: 'source'; source: S; label: string };

export function attributionSentence<S extends CitedSource>(
  sources: S[],
  language: AttributionLanguage = 'ru',
): AttributionPart<S>[] | undefined {
  const via = sources.filter((s) => s.role === 'via');
  const origin = sources.filter((s) => s.role === 'origin');
  const speakers = via.length > 0 ? via : origin;
  if (speakers.length === 0) return undefined;
  const both = via.length > 0 && origin.length > 0;
  const origins = () => listOf(origin, (s) => s.domain ?? s.name, language);
  if (language === 'kk') {
    // «Бұл туралы Kazpravda.kz хабарлайды (дереккөз: interfax.kz).» A Kazakh case ending on a
    // Latin outlet name would need its pronunciation; the bracket needs none.
    const parts: AttributionPart<S>[] = [
      text('Бұл туралы '),
      ...listOf(speakers, (s) => s.name, language),
      text(' хабарлайды'),
      ...(both ? [text<S>(' (дереккөз: '), ...origins(), text<S>(')')] : []),
      text('.'),
    ];
    return parts;
  }
  const verb = speakers.length === 1 ? 'передает' : 'передают';
  const parts: AttributionPart<S>[] = [
    text(`Об этом ${verb} `),
    ...listOf(speakers, (s) => s.name, language),
  ];
  if (both) parts.push(text(' со ссылкой на '), ...origins());
  parts.push(text('.'));
  return parts;
}

/** The sentence as plain text (feeds, tests). */
export function attributionText(
  sources: CitedSource[],
  language: AttributionLanguage = 'ru',
): string | undefined {
  return attributionSentence(sources, language)
    ?.map((part) => (part.kind === 'text' ? part.text : part.label))
    .join('');
}

/**
 * Whether the text already names every cited source (by name or domain), as an article taken
 * over from an agency usually does in its first paragraph ("…, передает Kazpravda.kz со ссылкой
 * на interfax.kz"). The source line then says nothing new and is left out, so readers see the
 * attribution once.
 */
export function textNamesSources(text: string, sources: CitedSource[]): boolean {
  if (sources.length === 0) return false;
  const haystack = fold(text);
  return sources.every((s) =>
    [s.name, s.domain].some((label) => label && containsWord(haystack, fold(label))),
  );
}

const text = <S extends CitedSource>(value: string): AttributionPart<S> => ({
  kind: 'text',
  text: value,
});

/** "A", "A и B", "A, B и C" ("A және B"). */
function listOf<S extends CitedSource>(
  items: S[],
  label: (s: S) => string,
  language: AttributionLanguage,
): AttributionPart<S>[] {
  const and = language === 'kk' ? ' және ' : ' и ';
  return items.flatMap((source, i) => {
    const part: AttributionPart<S> = { kind: 'source', source, label: label(source) };
    if (i === 0) return [part];
    return [text(i === items.length - 1 ? and : ', '), part];
  });
}

const fold = (value: string) => value.toLocaleLowerCase('ru').replaceAll('ё', 'е').trim();

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A match that is not part of a longer word: "ТАСС" is not found in "ТАССР". */
function containsWord(haystack: string, needle: string): boolean {
  if (needle.length === 0) return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return true;
  }
  return false;
}
