import Link from 'next/link';
import type { CachedArticle } from '@/lib/cached/article';
import { type Edition, inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import styles from './article.module.css';

export function ArticleTags({ tags, edition }: { tags: CachedArticle['tags']; edition: Edition }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label={messages(edition).article.tags} className={styles.tags}>
      <ul>
        {tags.map((tag) => (
          <li key={tag.id}>
            <Link href={inEdition(edition, `/tag/${tag.slug}`)} rel="tag">
              {tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
