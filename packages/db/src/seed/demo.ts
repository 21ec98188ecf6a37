import { documentFromParagraphs } from '@vestnik/content/document';
import { slugify } from '@vestnik/content/slug';
import { documentToPlainText } from '@vestnik/content/text';
import { typesetDocument, typesetText } from '@vestnik/content/typography';
import { count, inArray } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { insertArticle } from '../queries/article-insert.ts';
import * as s from '../schema/index.ts';
import { generateOneTimePassword, hashPassword } from '../security/password.ts';
import { demoArticles } from './demo-articles.ts';
import { seedDemoMedia } from './demo-media.ts';
import { seedNewsroomQueue } from './newsroom.ts';
import { demoPeople } from './people.ts';
import { demoRubrics } from './rubrics.ts';
import { russianTagName } from './tag-names.ts';
import { upsertSources, upsertTags } from './taxonomy.ts';
import { spreadViews } from './views.ts';

export type DemoLogin = { role: s.UserRole; email: string; password: string };

type SeedOptions = { timeZone?: string; now?: Date; mediaDir?: string };

/**
 * Creates the demo archive once: on a database that already has users it does nothing and returns
 * undefined. Returns the demo logins it created; their passwords are random per install, never in
 * the repository.
 */
export async function seedDemoArchive(
  db: Database,
  options: SeedOptions = {},
): Promise<DemoLogin[] | undefined> {
  const [existing] = await db.select({ n: count() }).from(s.users);
  if ((existing?.n ?? 0) > 0) return undefined;
  const timeZone = options.timeZone ?? 'Asia/Almaty';
  const now = options.now ?? new Date();
  const logins: DemoLogin[] = [];
  await db.transaction(async (tx) => {
    const people = [];
    for (const person of demoPeople) {
      const password = generateOneTimePassword();
      logins.push({ role: person.role, email: person.email, password });
      people.push({ ...person, passwordHash: await hashPassword(password) });
    }
    const users = await tx.insert(s.users).values(people).returning({ id: s.users.id });
    const authorIds = users.map((u) => u.id).slice(1);
    const rubrics = await tx
      .insert(s.rubrics)
      .values(demoRubrics.map((r, position) => ({ ...r, position })))
      .returning({ id: s.rubrics.id, slug: s.rubrics.slug });
    const rubricId = new Map(rubrics.map((r) => [r.slug, r.id]));
    const sourceId = await upsertSources(tx, demoArticles);
    const tagId = await upsertTags(tx, demoArticles);
    const heroId = await seedDemoMedia(tx, demoArticles, sourceId, options.mediaDir);
    const articleId = new Map<string, number>();
    for (const [index, demo] of demoArticles.entries()) {
      // Typeset as the admin's save does, so the demo shows «ёлочки» where its sources had "…".
      const title = typesetText(demo.title);
      const lead = typesetText(demo.lead);
      const body = typesetDocument(documentFromParagraphs(demo.paragraphs));
      const publishAt = new Date(demo.publishAt);
      const { id } = await insertArticle(tx, {
        slug: slugify(title),
        title,
        lead,
        body,
        bodyText: documentToPlainText(body),
        status: 'published',
        locale: demo.locale ?? 'ru',
        rubricId: rubricId.get(demo.rubric),
        heroMediaId: heroId.get(demo.key),
        createdBy: authorIds[index % authorIds.length],
        breaking: demo.breaking ?? false,
        featured: demo.featured ?? false,
        publishAt,
        firstPublishedAt: publishAt,
        createdAt: publishAt,
        updatedAt: publishAt,
        viewCount: demo.views,
      });
      articleId.set(demo.key, id);
      await tx
        .insert(s.articleAuthors)
        .values({ articleId: id, userId: authorIds[index % authorIds.length]! });
      const tagRows = demo.tags.map((name) => ({
        articleId: id,
        tagId: tagId.get(russianTagName(name, demo.locale))!,
      }));
      if (tagRows.length) await tx.insert(s.articleTags).values(tagRows).onConflictDoNothing();
      const sourceRows = (demo.sources ?? []).map((src, position) => ({
        articleId: id,
        sourceId: sourceId.get(src.domain)!,
        role: src.role,
        position,
      }));
      if (sourceRows.length) await tx.insert(s.articleSources).values(sourceRows);
      const views = [...spreadViews(demo.views, publishAt, now, timeZone)].map(([day, n]) => ({
        articleId: id,
        day,
        views: n,
      }));
      if (views.length) await tx.insert(s.articleViewsDaily).values(views);
      await tx.insert(s.articleRevisions).values({
        articleId: id,
        version: 1,
        snapshot: { title, lead, body },
        authorId: authorIds[index % authorIds.length],
        createdAt: publishAt,
      });
    }
    for (const demo of demoArticles) {
      const related = (demo.related ?? []).map((key, position) => ({
        articleId: articleId.get(demo.key)!,
        relatedId: articleId.get(key)!,
        position,
      }));
      if (related.length) await tx.insert(s.articleRelated).values(related);
    }
    // A translation and its original share a group: the smaller id of the two.
    for (const demo of demoArticles) {
      if (!demo.translationOf) continue;
      const ids = [articleId.get(demo.translationOf)!, articleId.get(demo.key)!];
      await tx
        .update(s.articles)
        .set({ translationGroup: Math.min(...ids) })
        .where(inArray(s.articles.id, ids));
    }
    await seedNewsroomQueue(tx, { authorIds, rubricId, now });
    await tx.insert(s.auditLog).values({
      action: 'seed.demo',
      entityType: 'system',
      summary: { articles: demoArticles.length, users: people.length },
    });
  });
  return logins;
}
