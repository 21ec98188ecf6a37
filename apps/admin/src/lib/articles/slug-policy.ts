import { isValidSlug, slugFollowsTitle, slugify } from '@vestnik/content/slug';
import { findFreeSlug, isSlugTaken } from '@vestnik/db/queries/article-slug';
import type { Executor } from '@vestnik/db/queries/audit';
import type { SessionUser } from '@vestnik/db/queries/users';
import { can } from '@/lib/permissions';
import type { ArticleFieldsInput } from './input-schema';

/**
 * The slug rule, whole: what address an article gets when it is saved or a revision restored.
 * The pieces it uses live where they belong: transliteration and the valid shape in
 * @vestnik/content/slug, "is it taken / the first free -2, -3" and the slug history (old
 * addresses answer 301) in @vestnik/db/queries/article-slug, who may rename a published slug in
 * the permission table. The editor asks this same rule for the address it shows before a save
 * (actions/articles/preview-article-slug.ts), so what it shows is what a save gives.
 */

/** The saved article as far as its slug goes; undefined for a new draft. */
type SlugOwner = { id: number; slug: string; slugManual: boolean; firstPublishedAt: Date | null };

type SlugResult = { ok: true; slug: string; manual: boolean } | { ok: false; error: string };

/**
 * Until the first publish the slug follows the title (or the editor's own choice) and gets a
 * -2, -3 suffix on collision; a slug that already follows the title is kept, so the address the
 * editor has seen does not move between saves. From the first publish it is fixed: only an
 * editor may rename it, and the old address keeps working (301). A slug typed by hand is never
 * silently changed: a taken one is refused with a message.
 */
export async function resolveSlug(
  tx: Executor,
  user: SessionUser,
  input: Pick<ArticleFieldsInput, 'slug' | 'slugManual' | 'title'>,
  current: SlugOwner | undefined,
): Promise<SlugResult> {
  const manual = input.slugManual && input.slug.length > 0;
  if (manual && !isValidSlug(input.slug)) {
    return {
      ok: false,
      error:
        'Адрес может содержать только латинские буквы, цифры и дефисы (например, novost-dnya).',
    };
  }
  const fixed = Boolean(current?.firstPublishedAt);
  if (fixed && (!manual || input.slug === current?.slug)) {
    return { ok: true, slug: current!.slug, manual: current!.slugManual };
  }
  if (fixed && !can(user.role, 'article.renameSlug')) {
    return { ok: false, error: 'Адрес опубликованного материала может изменить только редактор.' };
  }
  if (!manual) {
    if (current && slugFollowsTitle(current.slug, input.title)) {
      return { ok: true, slug: current.slug, manual: false };
    }
    const free = await findFreeSlug(tx, { slug: slugify(input.title), articleId: current?.id });
    return { ok: true, slug: free, manual: false };
  }
  if (await isSlugTaken(tx, { slug: input.slug, articleId: current?.id })) {
    return {
      ok: false,
      error: `Адрес «${input.slug}» уже занят другим материалом. Выберите другой.`,
    };
  }
  return { ok: true, slug: input.slug, manual: true };
}

/**
 * Restoring a revision: a fixed (published) slug stays; a draft takes the revision's slug back
 * if nobody took it since (else the first free -2, -3). A snapshot's slug that does not follow
 * its own title was typed by an editor, so it counts as typed by hand.
 */
export async function restoredSlug(
  tx: Executor,
  current: SlugOwner,
  revision: { slug: string; title: string },
): Promise<{ slug: string; manual: boolean }> {
  if (current.firstPublishedAt) return { slug: current.slug, manual: current.slugManual };
  const slug = await findFreeSlug(tx, { slug: revision.slug, articleId: current.id });
  return { slug, manual: !slugFollowsTitle(slug, revision.title) };
}
