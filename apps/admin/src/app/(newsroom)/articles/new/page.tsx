import type { Metadata } from 'next';
import { ArticleEditor } from '@/components/article-editor/article-editor';
import { env } from '@/env';
import { editorAbilities, emptyForm, loadEditorOptions } from '@/lib/articles/editor-data';
import { requirePermission } from '@/lib/session';

export const metadata: Metadata = { title: 'Новый материал' };

/** Nothing is stored until the first save (manual or autosave), which creates the draft. */
export default async function NewArticlePage() {
  const user = await requirePermission('article.create');
  const options = await loadEditorOptions();
  const { SITE_URL, SITE_TIMEZONE } = env();
  return (
    <ArticleEditor
      initial={emptyForm(user)}
      meta={{ id: null, version: 0, slug: '', status: 'draft', slugFixed: false, locale: 'ru' }}
      translation={null}
      can={editorAbilities(user)}
      readOnly={false}
      corrections={[]}
      siteUrl={SITE_URL}
      timeZone={SITE_TIMEZONE}
      {...options}
    />
  );
}
