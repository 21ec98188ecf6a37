import { documentFromParagraphs } from '@vestnik/content/document';
import { slugify } from '@vestnik/content/slug';
import { documentToPlainText } from '@vestnik/content/text';
import { typesetDocument, typesetText } from '@vestnik/content/typography';
import { insertArticle } from '../queries/article-insert.ts';
import { articleAuthors, articleRevisions } from '../schema/index.ts';
import type { SeedTx } from './taxonomy.ts';

type Context = { authorIds: number[]; rubricId: Map<string, number>; now: Date };

const HOUR = 3_600_000;

/** Unpublished work so the admin's queues (drafts, review, scheduled) are not empty in the demo. */
export async function seedNewsroomQueue(tx: SeedTx, ctx: Context): Promise<void> {
  const items = [
    {
      title: 'Аким Астаны проведет прием граждан по вопросам благоустройства',
      lead: 'Прием пройдет в формате открытого диалога, записаться можно заранее.',
      status: 'draft' as const,
      rubric: 'regions',
      publishAt: null,
    },
    {
      title: 'Более 40 школ Туркестанской области получат новые спортзалы',
      lead: 'Строительство завершится до начала нового учебного года.',
      status: 'review' as const,
      rubric: 'science',
      publishAt: null,
    },
    {
      title: 'В Алматы откроется международная книжная ярмарка',
      lead: 'Более ста издательств представят новинки на казахском и русском языках.',
      status: 'scheduled' as const,
      rubric: 'culture',
      publishAt: new Date(ctx.now.getTime() + 24 * HOUR),
    },
  ];
  for (const [index, item] of items.entries()) {
    const title = typesetText(item.title);
    const lead = typesetText(item.lead);
    const body = typesetDocument(
      documentFromParagraphs([
        lead,
        'Текст материала готовится редакцией и будет дополнен комментариями участников.',
      ]),
    );
    const authorId = ctx.authorIds[(index + 1) % ctx.authorIds.length]!;
    const row = await insertArticle(tx, {
      slug: slugify(title),
      title,
      lead,
      body,
      bodyText: documentToPlainText(body),
      status: item.status,
      rubricId: ctx.rubricId.get(item.rubric),
      createdBy: authorId,
      publishAt: item.publishAt,
    });
    await tx.insert(articleAuthors).values({ articleId: row.id, userId: authorId });
    await tx.insert(articleRevisions).values({
      articleId: row.id,
      version: 1,
      snapshot: { title, lead, body },
      authorId,
    });
  }
}
