type Summarizable = {
  version: number;
  status: string;
  locale?: string;
  title: string;
  slug: string;
  rubricId: number | null;
  publishAt: Date | null;
  authors?: { name: string }[];
};

/** The audit log's before/after: what identifies the change, not the whole text. */
export function auditSummary(article: Summarizable) {
  return {
    version: article.version,
    status: article.status,
    locale: article.locale,
    title: article.title,
    slug: article.slug,
    rubricId: article.rubricId,
    publishAt: article.publishAt?.toISOString() ?? null,
    authors: article.authors?.map((a) => a.name),
  };
}
