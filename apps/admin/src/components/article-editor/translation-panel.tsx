'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { createTranslation } from '@/actions/articles/create-translation';
import { linkTranslation } from '@/actions/articles/link-translation';
import { unlinkTranslation } from '@/actions/articles/unlink-translation';
import { LocaleBadge } from '@/components/ui/locale-badge';
import {
  IN_LOCALE,
  LOCALE_NAMES,
  LOCALE_TARGETS,
  type Locale,
  otherLocale,
} from '@/lib/articles/language';
import { STATUS_NAMES } from '@/lib/articles/status-names';
import styles from './editor.module.css';
import type { ArticleStatus, TranslationView } from './types';

type Candidate = {
  id: number;
  title: string;
  locale: Locale;
  status: ArticleStatus;
  hasTranslation: boolean;
};

type Props = {
  /** Null for a new article: it must be saved first. */
  articleId: number | null;
  /** The saved language of this article. */
  locale: Locale;
  initial: TranslationView | null;
  /** May link and unlink from here (the article is editable and the role may translate). */
  canLink: boolean;
  /** May create a translation of this article. */
  canCreate: boolean;
  /** Saves the form first, so the translation starts from what is on the screen. */
  saveFirst: () => Promise<boolean>;
};

/**
 * «Перевод»: the linked translation (its title, language, status and a link to it), linking an
 * article of the other language found by title, unlinking, and creating the translation as a new
 * prefilled draft, which then opens.
 */
export function TranslationPanel({ articleId, locale, initial, ...props }: Props) {
  const router = useRouter();
  const [translation, setTranslation] = useState(initial);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Candidate[]>([]);
  /** The text the shown results answer (none are shown as "not found" before they arrive). */
  const [foundFor, setFoundFor] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const target = otherLocale(locale);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2 || !articleId) {
      setFound([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ q });
      try {
        const response = await fetch(
          `/api/articles/${articleId}/translation-candidates?${params}`,
          { signal: controller.signal },
        );
        if (response.ok) {
          setFound((await response.json()) as Candidate[]);
          setFoundFor(q);
        }
      } catch {
        // Aborted by the next keystroke.
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, articleId]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch {
      setError('Сервер не ответил. Повторите через минуту.');
    } finally {
      setBusy(false);
    }
  };

  const link = (candidate: Candidate) =>
    run(async () => {
      if (!articleId) return;
      const result = await linkTranslation({ id: articleId, translationId: candidate.id });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setTranslation({
        id: candidate.id,
        title: candidate.title,
        locale: candidate.locale,
        status: candidate.status,
        editable: true,
      });
      setQuery('');
      setNotice(result.warning ?? 'Перевод связан.');
    });

  const unlink = () =>
    run(async () => {
      if (!articleId) return;
      const result = await unlinkTranslation({ id: articleId });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setTranslation(null);
      setNotice(result.warning ?? 'Перевод отвязан. Оба материала остались как были.');
    });

  const create = () =>
    run(async () => {
      if (!articleId) return;
      if (!(await props.saveFirst())) {
        setError('Сначала сохраните материал: перевод создаётся из сохранённого текста.');
        return;
      }
      const result = await createTranslation({ id: articleId });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      router.push(`/articles/${result.data.id}`);
    });

  return (
    <section className={styles.field} aria-labelledby="translation-heading">
      <h2 id="translation-heading" className={styles.sideHeading}>
        Перевод
      </h2>
      {!articleId && (
        <p className={styles.hint}>Сохраните материал, чтобы связать его с переводом.</p>
      )}
      {articleId && translation && (
        <div className={styles.translation} data-testid="article-translation">
          <p>
            <LocaleBadge locale={translation.locale} />{' '}
            {translation.editable ? (
              <Link href={`/articles/${translation.id}`}>
                {translation.title || 'Без заголовка'}
              </Link>
            ) : (
              <span>{translation.title || 'Без заголовка'}</span>
            )}
          </p>
          <p className={styles.hint}>
            {LOCALE_NAMES[translation.locale]} · {STATUS_NAMES[translation.status]}
          </p>
          {props.canLink && (
            <button
              type="button"
              className={styles.linkButton}
              disabled={busy}
              onClick={() => void unlink()}
            >
              Отвязать перевод
            </button>
          )}
        </div>
      )}
      {articleId && !translation && (
        <>
          <p className={styles.hint}>Перевода на {LOCALE_TARGETS[target]} нет.</p>
          {props.canCreate && (
            <button
              type="button"
              className={styles.secondary}
              disabled={busy}
              onClick={() => void create()}
            >
              Создать перевод на {LOCALE_TARGETS[target]}
            </button>
          )}
          {props.canLink && (
            <>
              <label htmlFor="translation-search">
                Или связать с материалом на {IN_LOCALE[target]}
              </label>
              <input
                id="translation-search"
                type="search"
                placeholder="Начните вводить заголовок"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
              {found.length > 0 && (
                <ul className={styles.suggestions} aria-label="Найденные переводы">
                  {found.map((item) => (
                    <li key={item.id}>
                      <button type="button" disabled={busy} onClick={() => void link(item)}>
                        <LocaleBadge locale={item.locale} /> {item.title || 'Без заголовка'}{' '}
                        <span className={styles.hint}>
                          ({STATUS_NAMES[item.status]}
                          {item.hasTranslation ? ', уже связан с другим переводом' : ''})
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {query.trim().length >= 2 && foundFor === query.trim() && found.length === 0 && (
                <p className={styles.hint}>Материалов на {IN_LOCALE[target]} не найдено.</p>
              )}
            </>
          )}
        </>
      )}
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className={styles.success} role="status">
          {notice}
        </p>
      )}
    </section>
  );
}
