import type { Edition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import styles from './article.module.css';

type Props = { url: string; title: string; edition: Edition };

/**
 * Plain share links: no third-party scripts, no tracking pixels, work without JavaScript.
 * Each opens the network's own share page with the address (and title) filled in.
 */
export function ShareLinks({ url, title, edition }: Props) {
  const labels = messages(edition).article;
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const targets = [
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'ВКонтакте', href: `https://vk.com/share.php?url=${u}&title=${t}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
  ];
  return (
    <nav aria-label={labels.share} className={styles.share}>
      <span className={styles.shareLabel}>{labels.share}:</span>
      <ul>
        {targets.map((target) => (
          <li key={target.name}>
            <a href={target.href} target="_blank" rel="noopener noreferrer nofollow">
              {target.name}
              <span className="visually-hidden">{labels.newWindow}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
