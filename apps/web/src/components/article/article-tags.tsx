import Link from 'next/link';
import type { CachedArticle } from '@/lib/cached/article';
import styles from './article.module.css';

export function ArticleTags({ tags }: { tags: CachedArticle['tags'] }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label="Теги" className={styles.tags}>
      <ul>
        {tags.map((tag) => (
          <li key={tag.id}>
            <Link href={`/tag/${tag.slug}`} rel="tag">
              {tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
