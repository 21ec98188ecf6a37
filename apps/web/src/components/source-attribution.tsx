import { isSafeHref } from '@vestnik/content/document';
import type { ArticleDetail } from '@vestnik/db/queries/articles';

type Source = ArticleDetail['sources'][number];

function SourceLink({ source, label }: { source: Source; label: string }) {
  // Source addresses are typed in by editors: only http(s) links become links.
  return isSafeHref(source.url) ? (
    <a href={source.url} rel="noopener nofollow">
      {label}
    </a>
  ) : (
    <span>{label}</span>
  );
}

/** Separator before the i-th of n items: "A", "A и B", "A, B и C". */
const separator = (i: number, n: number) => (i === 0 ? '' : i === n - 1 ? ' и ' : ', ');

/**
 * "передает Kazpravda.kz со ссылкой на interfax.kz", built from article_sources: the outlet that
 * passed the news on ("via") and the one it came from ("origin"). The origin is named by its
 * domain after "со ссылкой на", as newsrooms write it; alone it is named in full.
 */
export function SourceAttribution({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  const via = sources.filter((s) => s.role === 'via');
  const origin = sources.filter((s) => s.role === 'origin');
  const links = (items: Source[], label: (s: Source) => string) =>
    items.map((s, i) => (
      <span key={s.id}>
        {separator(i, items.length)}
        <SourceLink source={s} label={label(s)} />
      </span>
    ));
  if (via.length === 0) {
    return <p className="attribution">Источник: {links(origin, (s) => s.name)}</p>;
  }
  return (
    <p className="attribution">
      Источник: передает {links(via, (s) => s.name)}
      {origin.length > 0 && <> со ссылкой на {links(origin, (s) => s.domain ?? s.name)}</>}
    </p>
  );
}
