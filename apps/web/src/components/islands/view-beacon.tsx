'use client';

import { useEffect, useRef, useState } from 'react';
import styles from './view-beacon.module.css';

type Props = {
  articleId: number;
  initial: number /** «Просмотров: », for screen readers. */;
  label: string;
};

type Answer = { views?: unknown; retry?: unknown };

/**
 * The article's view counter. The server renders the (possibly cached) number; once the page is
 * really shown to a reader this island reports ONE view and shows the fresh total it gets back.
 * A prerendered page waits until it is activated: a speculative load is not a view. Render it
 * with `key={articleId}` so moving to another article starts from that article's number.
 */
export function ViewBeacon({ articleId, initial, label }: Props) {
  const [views, setViews] = useState(initial);
  // The id last reported: React may run an effect twice (strict mode); a view counts once.
  const sent = useRef<number | undefined>(undefined);
  useEffect(() => {
    const report = () => {
      if (sent.current === articleId) return;
      sent.current = articleId;
      const send = () =>
        fetch(`/api/views/${articleId}`, { method: 'POST', keepalive: true, cache: 'no-store' })
          .then((response) => (response.ok ? (response.json() as Promise<Answer>) : undefined))
          .catch(() => undefined);
      // A first-time reader is given the counter's cookie and asked to repeat (see the route).
      send()
        .then((answer) => (answer?.retry === true ? send() : answer))
        .then((answer) => {
          if (typeof answer?.views === 'number') setViews(answer.views);
        })
        .catch(() => {
          // A lost view is not worth bothering the reader about.
        });
    };
    const doc = document as Document & { prerendering?: boolean };
    if (!doc.prerendering) {
      report();
      return;
    }
    document.addEventListener('prerenderingchange', report, { once: true });
    return () => document.removeEventListener('prerenderingchange', report);
  }, [articleId]);
  return (
    <span className={`views ${styles.counter}`} data-article-views={articleId}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" className={styles.icon}>
        <path d="M12 5C6.5 5 2.7 9.2 1.5 12c1.2 2.8 5 7 10.5 7s9.3-4.2 10.5-7C21.3 9.2 17.5 5 12 5Zm0 11.5a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9Zm0-2.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z" />
      </svg>
      <span className="visually-hidden">{label}</span>
      {views}
    </span>
  );
}
