import {
  type AttributionLanguage,
  attributionSentence,
  textNamesSources,
} from '@vestnik/content/attribution';
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

type Props = { sources: Source[]; bodyText: string; language: AttributionLanguage };

/**
 * "Об этом передает Kazpravda.kz со ссылкой на interfax.kz.", built from article_sources
 * (@vestnik/content/attribution). Left out when the text already names every cited source,
 * as an agency story does in its first paragraph: readers get the attribution once.
 */
export function SourceAttribution({ sources, bodyText, language }: Props) {
  if (textNamesSources(bodyText, sources)) return null;
  const parts = attributionSentence(sources, language);
  if (!parts) return null;
  return (
    <p className="attribution">
      {parts.map((part, i) =>
        part.kind === 'text' ? (
          part.text
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the sentence is static, in order
          <SourceLink key={i} source={part.source} label={part.label} />
        ),
      )}
    </p>
  );
}
