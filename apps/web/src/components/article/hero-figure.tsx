import { isSafeHref } from '@vestnik/content/document';
import type { CachedArticle } from '@/lib/cached/article';
import type { Edition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import { imageSources } from '@/lib/media';
import styles from './article.module.css';

type Hero = NonNullable<CachedArticle['hero']>;

/** The credit as printed ("Фото с сайта sputnik.by"), linked to the photo's source when known. */
function Credit({ hero, edition }: { hero: Hero; edition: Edition }) {
  const photo = messages(edition).article.photo;
  const text = hero.credit || (hero.photoSource ? photo(hero.photoSource.name) : '');
  if (!text) return null;
  const url = hero.photoSource?.url;
  if (!isSafeHref(url)) return <span className="credit">{text}</span>;
  return (
    <a className="credit" href={url} rel="noopener nofollow">
      {text}
    </a>
  );
}

export function HeroFigure({ hero, edition }: { hero: Hero; edition: Edition }) {
  return (
    <figure className={`hero ${styles.hero}`}>
      <img
        alt={hero.alt}
        {...imageSources(hero)}
        sizes="(min-width: 1100px) 760px, (min-width: 720px) 90vw, 100vw"
        fetchPriority="high"
        decoding="async"
      />
      <figcaption>
        {hero.caption && <span>{hero.caption} </span>}
        <Credit hero={hero} edition={edition} />
      </figcaption>
    </figure>
  );
}
