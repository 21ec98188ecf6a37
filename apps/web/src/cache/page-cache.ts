import type { ByteLru } from './lru.ts';
import type { OvertakenReads } from './overtaken-reads.ts';
import {
  addStoredHeaders,
  type CacheControl,
  isDue,
  markOvertaken,
  type PageValue,
  type StoredPage,
  sharedSeconds,
  sizeOf,
  tagsOf,
} from './page-entry.ts';
import { decodePage, encodePage } from './redis/page-record.ts';
import type { SharedEntries } from './redis/shared-entries.ts';
import type { RenderSlots } from './render-slots.ts';
import type { TagStore } from './tag-store.ts';

/**
 * Whole responses (rendered HTML + RSC payload of pages, bodies of feeds) in two tiers: this
 * process's memory, which serves every hot hit without leaving the process, and, when there is
 * one, Redis, shared by every site instance, where a page one instance rendered is found by
 * another instead of being rendered again. Both are expired by the tag store.
 */

export type PageCacheParts = {
  local: ByteLru<StoredPage>;
  tags: TagStore;
  overtaken: OvertakenReads;
  /** Bounds the renders of misses running at once (see render-slots.ts). */
  slots?: RenderSlots;
  shared?: {
    entries: SharedEntries;
    /**
     * False while the tag mirror may lack expiries or the clock is unmeasured (connecting,
     * reconnecting): Redis could hand back pages that were expired, and take wrongly stamped ones.
     */
    usable(): boolean;
  };
};

/** Renders that never stored anything (a failed render) leave a start behind: keep it bounded. */
const MAX_STARTS = 10_000;

export function createPageCache({ local, tags, overtaken, slots, shared }: PageCacheParts) {
  /**
   * When the render that will fill a key began. An entry counts as written at that moment, not
   * when it was stored: a tag expired while the page was rendering must still invalidate it, or
   * an edit saved mid-render would be hidden behind the old page until its time ran out.
   */
  const renderStarts = new Map<string, number>();
  const noteRenderStart = (key: string, now: number) => {
    if (renderStarts.has(key)) return;
    if (renderStarts.size >= MAX_STARTS) renderStarts.clear();
    renderStarts.set(key, now);
  };
  const fresh = (entry: StoredPage | undefined): entry is StoredPage =>
    entry !== undefined && !tags.expiredSince(entry.tags, entry.lastModified);

  async function find(key: string): Promise<StoredPage | undefined> {
    const entry = local.get(key);
    if (fresh(entry)) return entry;
    if (entry) local.delete(key);
    if (!shared?.usable()) return undefined;
    const bytes = await shared.entries.get(key);
    const found = bytes && decodePage(bytes);
    if (!fresh(found)) return undefined;
    local.set(key, found, sizeOf(found.value));
    return found;
  }

  return {
    async get(key: string) {
      // Taken before Redis is asked: a due page's background render counts from here, so an
      // expiry during the wait counts against it.
      const now = tags.now();
      const entry = await find(key);
      if (!entry) {
        // Next renders the page once this returns: wait for a slot, and count the render from
        // when it can begin (an expiry while it waited is no concern of a render yet to read).
        await slots?.take(key);
        noteRenderStart(key, tags.now());
        return null;
      }
      // Due by time: Next serves it and re-renders in the background.
      if (isDue(entry, now)) noteRenderStart(key, now);
      return {
        value: entry.value,
        lastModified: entry.lastModified - tags.clockOffset(),
        cacheControl: entry.cacheControl,
      };
    },

    async set(key: string, value: PageValue | null, cacheControl?: CacheControl) {
      const started = renderStarts.get(key) ?? tags.now();
      renderStarts.delete(key);
      slots?.give(key);
      if (!value) {
        local.delete(key);
        if (shared?.usable()) await shared.entries.delete(key);
        return;
      }
      const lastModified = overtaken.validFrom(started);
      const entry: StoredPage = { value, lastModified, tags: tagsOf(value), cacheControl };
      addStoredHeaders(value, entry.tags);
      if (!fresh(entry)) {
        // An expiry overtook this render: the page may show what the expiry replaced. Nothing
        // keeps it, neither here (a later render may have stored the key already) nor any HTTP
        // cache: the purge that went with the expiry is already past them.
        markOvertaken(value);
        return;
      }
      local.set(key, entry, sizeOf(value));
      if (shared?.usable()) {
        await shared.entries.set(key, encodePage(entry), sharedSeconds(cacheControl));
      }
    },

    async revalidateTag(expired: string | string[]) {
      // Every expiry is immediate here: the site asks with { expire: 0 } and nothing else calls it.
      await tags.expire(typeof expired === 'string' ? [expired] : expired);
    },

    size: () => local.size,
  };
}
