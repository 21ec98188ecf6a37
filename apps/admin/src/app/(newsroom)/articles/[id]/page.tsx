import { getArticleForEdit } from '@vestnik/db/queries/article-editor';
import { listArticleCorrections } from '@vestnik/db/queries/corrections';
import { getArticleTranslation } from '@vestnik/db/queries/translations';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleEditor } from '@/components/article-editor/article-editor';
import { env } from '@/env';
import { canViewArticle, loadEditableArticle } from '@/lib/articles/access';
import { editorAbilities, formFromArticle, loadEditorOptions } from '@/lib/articles/editor-data';
import { db } from '@/lib/db';
import { formatDateTime } from '@/lib/format';
import { idParam } from '@/lib/search-params';
import { requirePermission } from '@/lib/session';

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: 'Редактирование материала' };

export default async function EditArticlePage({ params }: Props) {
  const { id: raw } = await params;
  const user = await requirePermission('article.editOwn');
  const id = idParam(raw);
  if (!id) notFound();
  const database = db();
  // Authors may open only their own articles; a stranger's id looks like a missing one.
  if (!(await canViewArticle(database, user, id))) notFound();
  const article = await getArticleForEdit(database, { id });
  if (!article) notFound();
  const [editable, options, corrections, translation] = await Promise.all([
    loadEditableArticle(database, user, id),
    loadEditorOptions(),
    listArticleCorrections(database, { articleId: id }),
    getArticleTranslation(database, { articleId: id }),
  ]);
  const { SITE_URL, SITE_TIMEZONE } = env();
  return (
    <ArticleEditor
      initial={formFromArticle(article)}
      meta={{
        id: article.id,
        version: article.version,
        slug: article.slug,
        status: article.status,
        slugFixed: Boolean(article.firstPublishedAt),
        locale: article.locale,
      }}
      translation={
        translation
          ? {
              ...translation,
              editable: await canViewArticle(database, user, translation.id),
            }
          : null
      }
      can={editorAbilities(user)}
      readOnly={!editable.ok}
      corrections={corrections.map((c) => ({
        id: c.id,
        text: c.text,
        date: formatDateTime(c.createdAt),
      }))}
      siteUrl={SITE_URL}
      timeZone={SITE_TIMEZONE}
      {...options}
    />
  );
}
