import { dateToZonedInput } from '@vestnik/content/dates';
import { type ArticleDocument, emptyDocument } from '@vestnik/content/document';
import type { ArticleForEdit } from '@vestnik/db/queries/article-editor';
import { listMediaForPicker, listSourcesForPicker } from '@vestnik/db/queries/article-lookups';
import { listRubrics } from '@vestnik/db/queries/taxonomy';
import type { SessionUser } from '@vestnik/db/queries/users';
import type { EditorAbilities, FormState, MediaOption } from '@/components/article-editor/types';
import { env } from '@/env';
import { db } from '@/lib/db';
import { can } from '@/lib/permissions';

/** Images are served by the public site; the editor shows the smallest variant. */
function thumbUrl(item: { storageKey: string; variants: { width: number; key: string }[] }) {
  const smallest = [...item.variants].sort((a, b) => a.width - b.width)[0];
  return new URL(`/media/${smallest?.key ?? item.storageKey}`, env().SITE_URL).toString();
}

export async function loadEditorOptions() {
  const database = db();
  const [rubrics, sources, media] = await Promise.all([
    listRubrics(database),
    listSourcesForPicker(database),
    listMediaForPicker(database, { limit: 60 }),
  ]);
  const mediaOptions: MediaOption[] = media.map((m) => ({
    id: m.id,
    alt: m.alt,
    caption: m.caption,
    thumb: thumbUrl(m),
  }));
  return { rubrics, sources, media: mediaOptions };
}

export function editorAbilities(user: SessionUser): EditorAbilities {
  return {
    submit: can(user.role, 'article.submit'),
    publish: can(user.role, 'article.publish'),
    schedule: can(user.role, 'article.schedule'),
    unpublish: can(user.role, 'article.unpublish'),
    archive: can(user.role, 'article.archive'),
    renameSlug: can(user.role, 'article.renameSlug'),
    correct: can(user.role, 'correction.add'),
    translate: can(user.role, 'article.translate'),
    changeLocale: can(user.role, 'article.changeLocale'),
    keepInByline: can(user.role, 'article.editAny') ? null : user.id,
  };
}

/** A new article is signed by whoever starts it; the byline can be changed before saving. */
export function emptyForm(user: SessionUser): FormState {
  return {
    locale: 'ru',
    title: '',
    lead: '',
    body: emptyDocument(),
    slug: '',
    slugManual: false,
    rubricId: null,
    heroMediaId: null,
    breaking: false,
    featured: false,
    publishAt: '',
    embargoUntil: '',
    tags: [],
    sources: [],
    related: [],
    authors: [{ id: user.id, name: user.name }],
  };
}

export function formFromArticle(article: ArticleForEdit): FormState {
  const zone = env().SITE_TIMEZONE;
  return {
    locale: article.locale,
    title: article.title,
    lead: article.lead,
    body: article.body as ArticleDocument,
    slug: article.slug,
    slugManual: article.slugManual,
    rubricId: article.rubricId,
    heroMediaId: article.heroMediaId,
    breaking: article.breaking,
    featured: article.featured,
    publishAt: article.publishAt ? dateToZonedInput(article.publishAt, zone) : '',
    embargoUntil: article.embargoUntil ? dateToZonedInput(article.embargoUntil, zone) : '',
    tags: article.tags.map((t) => t.name),
    sources: article.sources.map((s) => ({
      sourceId: s.sourceId,
      name: s.name,
      domain: s.domain ?? '',
      role: s.role,
    })),
    related: article.related,
    authors: article.authors,
  };
}
