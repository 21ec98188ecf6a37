import { randomBytes } from 'node:crypto';
import {
  type ArticleDocument,
  type Block,
  documentFromParagraphs,
  documentLimits,
  parseArticleDocument,
} from '@vestnik/content/document';
import { slugify } from '@vestnik/content/slug';
import { documentToPlainText } from '@vestnik/content/text';
import { typesetDocument } from '@vestnik/content/typography';
import type { Database } from '../client.ts';
import { takenSlugs } from '../queries/article-slug.ts';
import {
  ensureBylineUser,
  ensureRubric,
  ensureTag,
  findImportedArticles,
  type ImportedArticleFields,
  type InsertImportedArticleParams,
  insertImportedArticles,
  reserveArticleIds,
  setArticleHero,
  updateImportedArticle,
} from '../queries/imports.ts';
import { normalizeLegacyPath, recordLegacyUrls } from '../queries/legacy-urls.ts';
import { hashPassword } from '../security/password.ts';
import type { DraftBlock } from './html-to-document.ts';
import { textFromHtml } from './html-to-document.ts';
import { type ArticleDraft, decodeSlug } from './item-to-article.ts';
import type { ImageText, MediaResolver } from './media.ts';
import { addNotes, countInto, type ImportReport } from './report.ts';

/** `--map`: what a category of the old site becomes, by its slug (decoded). */
export type CategoryTarget = { rubric: string } | { tag: string } | 'skip';
export type CategoryMap = Record<string, CategoryTarget>;

export type Author = { login: string; email: string; displayName: string };
export type Term = { slug: string; name: string; parent: string };
export type Attachment = ImageText & { url: string };

/** Everything one run knows and has made so far; taxonomy and people are looked up once. */
export type ImportContext = {
  db: Database;
  source: string;
  /** Host of the old site, for generated addresses of authors without an email. */
  host: string;
  locale: 'ru' | 'kk';
  dryRun: boolean;
  report: ImportReport;
  media: MediaResolver;
  categoryMap: CategoryMap;
  authors: Map<string, Author>;
  categories: Map<string, Term>;
  attachments: Map<string, Attachment>;
  /** Featured images whose attachment comes later in the file (WordPress orders by id). */
  lateHeroes: { articleId: number; item: string; thumbnailId: string }[];
  /** Single flight: items written at the same time share one lookup or insert of each. */
  authorIds: Map<string, Promise<number>>;
  rubricIds: Map<string, Promise<number>>;
  tagIds: Map<string, Promise<number>>;
  /** Items being prepared; at most `concurrency` at once. */
  inflight: Set<Promise<void>>;
  /** New articles ready to be written together (flushBatch). */
  batch: PendingInsert[];
  lookups: ReturnType<typeof importLookups>;
  /** Slugs given out by this run (see freeSlug), and the next suffix to try for each base. */
  claimedSlugs: Set<string>;
  nextSuffix: Map<string, number>;
  concurrency: number;
  reservedIds: number[];
  reserving?: Promise<void>;
};

/**
 * Starts an item's import, waiting first while `concurrency` items are being written: a few
 * transactions in flight hide the database's round trips (one item is ~15 statements), and the
 * file is not read further meanwhile, so memory stays bounded.
 */
export async function scheduleDraft(ctx: ImportContext, draft: ArticleDraft): Promise<void> {
  while (ctx.inflight.size >= ctx.concurrency) await Promise.race(ctx.inflight);
  const job = importDraft(ctx, draft).finally(() => ctx.inflight.delete(job));
  ctx.inflight.add(job);
}

/** Waits for every item started and writes the last batch: the report then counts all. */
export async function drainDrafts(ctx: ImportContext): Promise<void> {
  await Promise.all(ctx.inflight);
  await flushBatch(ctx);
}

/** Article ids are reserved a hundred at a time (single flight); an unused one is only a gap. */
async function nextArticleId(ctx: ImportContext): Promise<number> {
  for (;;) {
    const id = ctx.reservedIds.pop();
    if (id !== undefined) return id;
    ctx.reserving ??= reserveArticleIds(ctx.db, { count: 100 })
      .then((ids) => {
        ctx.reservedIds.push(...ids.reverse());
      })
      .finally(() => {
        ctx.reserving = undefined;
      });
    await ctx.reserving;
  }
}

/** Two items of one run wanting the same free slug at the same moment: one retries. */
function isSlugRace(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string; constraint_name?: string } }).cause;
  return (
    cause?.code === '23505' &&
    (cause.constraint_name === 'articles_slug_key' ||
      cause.constraint_name === 'article_slugs_pkey')
  );
}

/** A new article waiting in the batch, with what its report line needs once it is written. */
type PendingInsert = {
  params: InsertImportedArticleParams;
  slugBase: string;
  /** Its featured image's attachment comes later in the file. */
  lateThumbnailId?: string;
};

/** New articles written in one transaction: a few statements for all of them. */
const BATCH_SIZE = 50;

/**
 * One archive item → one article: created, updated or left alone by the hash of the item.
 * Authors, rubrics, tags and images are made first (each idempotent, so a failed item leaves
 * nothing a re-run would duplicate). A changed item is rewritten in its own transaction; a new
 * one joins a batch that is written in one transaction (flushBatch), so an article is never
 * half-written. Errors are the item's, reported, and the run goes on.
 */
export async function importDraft(ctx: ImportContext, draft: ArticleDraft): Promise<void> {
  const item = draft.externalId;
  const key = { source: ctx.source, externalId: item };
  try {
    const existing = await ctx.lookups.imported(item);
    if (existing && existing.contentHash === draft.hash) {
      ctx.report.unchanged += 1;
      return;
    }
    for (const message of draft.warnings) ctx.report.warnings.push({ item, message });
    addNotes(ctx.report, draft.notes);
    const body = await resolveBody(ctx, draft);
    const hero = await resolveHero(ctx, draft);
    if (ctx.dryRun) {
      if (existing) ctx.report.updated += 1;
      else ctx.report.imported += 1;
      return;
    }
    const fields = await articleFields(ctx, draft, body, hero);
    const legacyPaths = draft.oldAddresses
      .map((address) => (address.startsWith('/?p=') ? address : normalizeLegacyPath(address)))
      .filter((path): path is string => Boolean(path) && path !== '/');
    const lateThumbnailId = hero === 'later' ? draft.thumbnailId : undefined;
    if (existing) {
      const articleId = existing.articleId;
      await ctx.db.transaction(async (tx) => {
        await updateImportedArticle(tx, { ...key, articleId, contentHash: draft.hash, fields });
        const recorded = await recordLegacyUrls(tx, {
          paths: legacyPaths,
          source: ctx.source,
          target: { articleId },
        });
        warnTakenAddresses(ctx, item, legacyPaths, recorded);
      });
      ctx.report.updated += 1;
      if (lateThumbnailId) ctx.lateHeroes.push({ articleId, item, thumbnailId: lateThumbnailId });
      return;
    }
    const slug = await freeSlug(ctx, draft.slugBase);
    const params = {
      ...key,
      id: await nextArticleId(ctx),
      slug,
      legacyPaths,
      contentHash: draft.hash,
      fields,
    };
    ctx.batch.push({ params, slugBase: draft.slugBase, lateThumbnailId });
    if (ctx.batch.length >= BATCH_SIZE) await flushBatch(ctx);
  } catch (error) {
    ctx.report.failed.push({ item, error: firstLine(error) });
  }
}

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0]!;

/** Suffixes tried per query when a slug is taken. */
const SUFFIXES_PER_QUERY = 16;

/**
 * A slug by our rule (`base`, else `base-2`, `base-3`, …), found with exact index lookups only: a
 * pattern search over every slug (what the editor's findFreeSlug does once) costs a scan per
 * collision, and an archive of years repeats headlines thousands of times (100,000 generated
 * posts slowed from 700 to 170 posts/s). Slugs this run has given out (`claimedSlugs`, written or
 * not yet) count as taken, and each base remembers where its suffixes reached. A slug taken by
 * someone else in between is a unique violation, retried by insertAlone.
 */
async function freeSlug(ctx: ImportContext, slugBase: string): Promise<string> {
  if (!ctx.claimedSlugs.has(slugBase)) {
    const taken = await ctx.lookups.slugTaken(slugBase);
    // Checked again: another item may have claimed it while the query ran.
    if (!taken && !ctx.claimedSlugs.has(slugBase)) return claim(ctx, slugBase);
  }
  for (let from = ctx.nextSuffix.get(slugBase) ?? 2; ; from += SUFFIXES_PER_QUERY) {
    const candidates = Array.from(
      { length: SUFFIXES_PER_QUERY },
      (_, at) => `${slugBase}-${from + at}`,
    ).filter((candidate) => !ctx.claimedSlugs.has(candidate));
    const taken = await takenSlugs(ctx.db, candidates);
    // Another item may have claimed one while the query ran: checked again, with no await
    // between the check and the claim.
    const free = candidates.find((c) => !taken.has(c) && !ctx.claimedSlugs.has(c));
    if (free) {
      ctx.nextSuffix.set(slugBase, Number(free.slice(slugBase.length + 1)) + 1);
      return claim(ctx, free);
    }
  }
}

function claim(ctx: ImportContext, slug: string): string {
  ctx.claimedSlugs.add(slug);
  return slug;
}

/**
 * The lookups every item makes (was it imported before? is its slug taken?), gathered across the
 * items being prepared at the same moment into one query each: a statement per item was most of
 * an import's time, in the driver and the socket more than in the database.
 */
export function importLookups(db: Database, source: () => string) {
  return {
    imported: batched((ids: string[]) =>
      findImportedArticles(db, { source: source(), externalIds: ids }),
    ),
    slugTaken: batched(async (slugs: string[]) => {
      const taken = await takenSlugs(db, slugs);
      return new Map(slugs.map((slug) => [slug, taken.has(slug)]));
    }),
  };
}

/** Calls made in the same turn of the event loop are answered by one `load` of all their keys. */
function batched<K, V>(
  load: (keys: K[]) => Promise<Map<K, V>>,
): (key: K) => Promise<V | undefined> {
  let waiting: { key: K; resolve: (value: V | undefined) => void; reject: (e: unknown) => void }[] =
    [];
  return (key) =>
    new Promise((resolve, reject) => {
      waiting.push({ key, resolve, reject });
      if (waiting.length > 1) return;
      setImmediate(() => {
        const calls = waiting;
        waiting = [];
        load([...new Set(calls.map((call) => call.key))]).then(
          (found) => {
            for (const call of calls) call.resolve(found.get(call.key));
          },
          (error: unknown) => {
            for (const call of calls) call.reject(error);
          },
        );
      });
    });
}

/**
 * Writes the new articles gathered so far in one transaction. If any of them fails (a slug taken
 * meanwhile, a reference gone), the transaction is rolled back and each is written alone, in a
 * transaction of its own, so that only the bad item is reported and the others still land.
 */
export async function flushBatch(ctx: ImportContext): Promise<void> {
  const entries = ctx.batch;
  ctx.batch = [];
  if (entries.length === 0) return;
  try {
    const recorded = await ctx.db.transaction((tx) =>
      insertImportedArticles(
        tx,
        entries.map((entry) => entry.params),
      ),
    );
    for (const [at, entry] of entries.entries()) inserted(ctx, entry, recorded[at]!);
  } catch {
    for (const entry of entries) {
      try {
        inserted(ctx, entry, await insertAlone(ctx, entry));
      } catch (error) {
        ctx.report.failed.push({ item: entry.params.externalId, error: firstLine(error) });
      }
    }
  }
}

/** One new article in its own transaction; a slug taken in between is looked up again. */
async function insertAlone(ctx: ImportContext, entry: PendingInsert): Promise<string[]> {
  const write = (slug: string) =>
    ctx.db.transaction(async (tx) => {
      const [recorded] = await insertImportedArticles(tx, [{ ...entry.params, slug }]);
      return recorded!;
    });
  return write(entry.params.slug).catch(async (error: unknown) => {
    if (!isSlugRace(error)) throw error;
    return write(await freeSlug(ctx, entry.slugBase));
  });
}

function inserted(ctx: ImportContext, entry: PendingInsert, recorded: string[]) {
  const { externalId: item, id: articleId, legacyPaths } = entry.params;
  ctx.report.imported += 1;
  warnTakenAddresses(ctx, item, legacyPaths, recorded);
  if (entry.lateThumbnailId) {
    ctx.lateHeroes.push({ articleId, item, thumbnailId: entry.lateThumbnailId });
  }
}

/**
 * Old addresses are one namespace for the whole site: `/?p=101` of a second imported site (or a
 * path two items share) stays with the article that recorded it, and the report says so.
 */
function warnTakenAddresses(ctx: ImportContext, item: string, wanted: string[], kept: string[]) {
  for (const path of new Set(wanted)) {
    if (!kept.includes(path)) {
      ctx.report.warnings.push({
        item,
        message: `старый адрес ${path} уже ведёт на другой материал: оставлен за ним`,
      });
    }
  }
}

/** The body as our document: images resolved or recorded missing, typeset, validated. */
async function resolveBody(ctx: ImportContext, draft: ArticleDraft): Promise<ArticleDocument> {
  const content: Block[] = [];
  for (const block of draft.blocks) {
    if (block.type !== 'pendingImage') {
      content.push(block);
      continue;
    }
    const mediaId = await ctx.media.resolve(block.src, { ...block, credit: '' });
    if (mediaId === undefined) {
      ctx.report.missingMedia.push({ item: draft.externalId, src: block.src });
      continue;
    }
    const attrs = { mediaId: Math.max(mediaId, 1), ...(block.alt ? { alt: block.alt } : {}) };
    content.push({
      type: 'image',
      attrs: block.caption ? { ...attrs, caption: block.caption } : attrs,
    });
  }
  const parsed = parseArticleDocument(typesetDocument({ type: 'doc', content }));
  if (parsed.ok) return parsed.doc;
  // The closest safe form: the text alone, paragraph by paragraph.
  ctx.report.warnings.push({
    item: draft.externalId,
    message: `текст не укладывается в модель документа (${parsed.error}): сохранён как простые абзацы`,
  });
  return documentFromParagraphs(plainParagraphs(draft.blocks));
}

function plainParagraphs(blocks: DraftBlock[]): string[] {
  const text = documentToPlainText({
    type: 'doc',
    content: blocks.filter((b): b is Block => b.type !== 'pendingImage'),
  });
  // Within the model's limits, so that the fallback itself always validates (a longer text is
  // cut: the warning says the body did not fit).
  const paragraphs: string[] = [];
  let total = 0;
  for (const line of text.split(/\n+/)) {
    const cut = line.slice(0, documentLimits.maxTextLength);
    if (paragraphs.length >= documentLimits.maxBlocks - 1) break;
    if (total + cut.length > documentLimits.maxTotalText) break;
    paragraphs.push(cut);
    total += cut.length;
  }
  return paragraphs;
}

async function resolveHero(
  ctx: ImportContext,
  draft: ArticleDraft,
): Promise<number | 'later' | null> {
  if (!draft.thumbnailId) return null;
  const attachment = ctx.attachments.get(draft.thumbnailId);
  if (!attachment) return 'later';
  const id = await ctx.media.resolveAttachment(attachment.url, attachment);
  if (id === undefined) {
    ctx.report.missingMedia.push({ item: draft.externalId, src: attachment.url });
    return null;
  }
  return id;
}

/** Featured images whose attachment was further down the file. */
export async function attachLateHeroes(ctx: ImportContext) {
  for (const late of ctx.lateHeroes) {
    const attachment = ctx.attachments.get(late.thumbnailId);
    const src = attachment?.url ?? `вложение ${late.thumbnailId} (нет в файле)`;
    const id = attachment
      ? await ctx.media.resolveAttachment(attachment.url, attachment)
      : undefined;
    if (id === undefined) ctx.report.missingMedia.push({ item: late.item, src });
    else await setArticleHero(ctx.db, { articleId: late.articleId, mediaId: id });
  }
}

async function articleFields(
  ctx: ImportContext,
  draft: ArticleDraft,
  body: ArticleDocument,
  hero: number | 'later' | null,
): Promise<ImportedArticleFields> {
  const { rubricId, tagIds } = await resolveTerms(ctx, draft);
  const authorId = draft.authorKey ? await resolveAuthor(ctx, draft.authorKey) : undefined;
  return {
    title: draft.title,
    lead: draft.lead,
    body,
    bodyText: documentToPlainText(body),
    status: draft.status,
    locale: ctx.locale,
    publishAt: draft.publishAt,
    featured: draft.featured,
    rubricId,
    heroMediaId: typeof hero === 'number' ? hero : null,
    tagIds,
    authorIds: authorId ? [authorId] : [],
  };
}

/**
 * Categories by the mapping: a top-level category is a rubric, a nested one a tag, unless
 * `--map` says otherwise. An article has one rubric: further rubric categories become tags.
 */
async function resolveTerms(ctx: ImportContext, draft: ArticleDraft) {
  let rubricId: number | null = null;
  const tagIds: number[] = [];
  for (const category of draft.categories) {
    const slug = decodeSlug(category.slug).toLowerCase();
    const known = ctx.categories.get(slug);
    const target = ctx.categoryMap[slug] ?? (known?.parent ? { tag: slug } : { rubric: slug });
    if (target === 'skip') continue;
    const name = textFromHtml(known?.name ?? category.name) || slug;
    if ('rubric' in target && rubricId === null) {
      rubricId = await ensureTerm(ctx, 'rubric', target.rubric, name, slug);
    } else {
      const tagSlug = 'rubric' in target ? target.rubric : target.tag;
      tagIds.push(await ensureTerm(ctx, 'tag', tagSlug, name, slug));
    }
  }
  for (const tag of draft.tags) {
    const slug = decodeSlug(tag.slug).toLowerCase();
    tagIds.push(await ensureTerm(ctx, 'post_tag', slug, textFromHtml(tag.name) || slug, slug));
  }
  return { rubricId, tagIds };
}

/** A rubric or tag by our slug rule, and the old site's address of the term recorded for it. */
async function ensureTerm(
  ctx: ImportContext,
  kind: 'rubric' | 'tag' | 'post_tag',
  wanted: string,
  name: string,
  oldSlug: string,
): Promise<number> {
  const slug = slugify(wanted || name);
  const cache = kind === 'rubric' ? ctx.rubricIds : ctx.tagIds;
  const cacheKey = `${kind}:${oldSlug}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const made = (async () => {
    const id =
      kind === 'rubric'
        ? await ensureRubric(ctx.db, { slug, name })
        : await ensureTag(ctx.db, { slug, name });
    const target = kind === 'rubric' ? { rubricId: id } : { tagId: id };
    const paths = oldTermAddresses(ctx, kind, oldSlug)
      .map(normalizeLegacyPath)
      .filter((path): path is string => Boolean(path));
    await recordLegacyUrls(ctx.db, { paths, source: ctx.source, target });
    return id;
  })();
  cache.set(cacheKey, made);
  // A failure is the item's; the next item that needs the term tries again.
  made.catch(() => cache.delete(cacheKey));
  return made;
}

/** WordPress's default term addresses: `/category/parent/child`, `/category/child`, `/tag/x`. */
function oldTermAddresses(ctx: ImportContext, kind: string, slug: string): string[] {
  if (kind === 'post_tag') return [`/tag/${slug}`];
  const chain = [slug];
  for (let at = ctx.categories.get(slug); at?.parent && chain.length < 10; ) {
    const parent = decodeSlug(at.parent).toLowerCase();
    chain.unshift(parent);
    at = ctx.categories.get(parent);
  }
  const nested = `/category/${chain.join('/')}`;
  return nested === `/category/${slug}` ? [nested] : [nested, `/category/${slug}`];
}

async function resolveAuthor(ctx: ImportContext, key: string): Promise<number> {
  const cached = ctx.authorIds.get(key);
  if (cached !== undefined) return cached;
  const made = makeAuthor(ctx, key);
  ctx.authorIds.set(key, made);
  made.catch(() => ctx.authorIds.delete(key));
  return made;
}

async function makeAuthor(ctx: ImportContext, key: string): Promise<number> {
  const author = ctx.authors.get(key);
  const name = textFromHtml(author?.displayName || key) || key;
  const local = slugify(key, { maxLength: 40 });
  const email = author?.email?.includes('@')
    ? author.email
    : `${local}@${ctx.host || 'import'}.invalid`;
  // A password nobody knows: the account only serves as a byline until an admin enables it.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  return ensureBylineUser(ctx.db, { email, name, slug: slugify(name), passwordHash });
}

export function countSkip(ctx: ImportContext, reason: string, count = 1) {
  countInto(ctx.report.skipped, reason, count);
}
