import type { ArticleDetail } from '@vestnik/db/queries/articles';

type Source = ArticleDetail['sources'][number];

function SourceLink({ source }: { source: Source }) {
  return source.url ? (
    <a href={source.url} rel="noopener nofollow">
      {source.name}
    </a>
  ) : (
    <span>{source.name}</span>
  );
}

/**
 * "передает Kazpravda.kz со ссылкой на interfax.kz", built from article_sources: the outlet that
 * passed the news on ("via") and the one it came from ("origin").
 */
export function SourceAttribution({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  const via = sources.filter((s) => s.role === 'via');
  const origin = sources.filter((s) => s.role === 'origin');
  const list = (items: Source[]) =>
    items.map((s, i) => (
      <span key={s.id}>
        {i > 0 && ', '}
        <SourceLink source={s} />
      </span>
    ));
  return (
    <p className="attribution">
      Источник: {via.length > 0 ? <>передает {list(via)}</> : null}
      {via.length > 0 && origin.length > 0 ? ' со ссылкой на ' : null}
      {via.length === 0
        ? list(origin)
        : origin.length > 0
          ? list(origin.map((s) => ({ ...s, name: s.domain ?? s.name })))
          : null}
    </p>
  );
}
