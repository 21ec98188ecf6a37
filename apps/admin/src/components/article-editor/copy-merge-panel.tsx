'use client';

import type { BlockChoice } from '@vestnik/content/merge';
import { documentToPlainText } from '@vestnik/content/text';
import { useState } from 'react';
import { LOCALE_NAMES, type Locale } from '@/lib/articles/language';
import styles from './editor.module.css';
import type { CopyConflict, CopyMerge, FieldName } from './merge-copy';
import type { BylinePerson, MediaOption, RubricOption, SourceValue } from './types';

type Props = {
  merge: CopyMerge;
  version: number;
  rubrics: RubricOption[];
  media: MediaOption[];
  onApply: (choices: Record<string, BlockChoice>) => void;
  onCancel: () => void;
};

const LABELS: Record<FieldName, string> = {
  locale: 'Язык',
  title: 'Заголовок',
  lead: 'Лид',
  address: 'Адрес (slug)',
  rubricId: 'Рубрика',
  heroMediaId: 'Главное фото',
  breaking: 'Срочная новость',
  featured: 'Главная тема',
  publishAt: 'Время публикации',
  embargoUntil: 'Эмбарго до',
  sources: 'Источники',
  related: 'Читайте также',
  authors: 'Авторы',
};

/**
 * Restoring a kept copy where the other editor changed the same fields: each one with both
 * values and a choice. The form is left as saved until every choice is made and applied.
 */
export function CopyMergePanel({ merge, version, onApply, onCancel, ...options }: Props) {
  const [choices, setChoices] = useState<Record<string, BlockChoice>>({});
  const undecided = merge.conflicts.some((c) => !choices[c.key]);
  let part = 0;
  return (
    <section className={styles.conflict} aria-label="Восстановление копии">
      <p>
        После того как была начата ваша копия, материал сохранили в версии {version}, и часть
        изменений касается того же, что меняли вы. Выберите для каждого поля, какой вариант
        оставить. Пока вы не нажмёте «Применить выбор», в форме остаётся сохранённая версия и ничего
        не сохраняется.
      </p>
      {merge.conflicts.map((conflict) => {
        const label = conflict.kind === 'body' ? `Текст, фрагмент ${++part}` : LABELS[conflict.key];
        const pick = (choice: BlockChoice) => setChoices((c) => ({ ...c, [conflict.key]: choice }));
        const option = (choice: BlockChoice, text: string, value?: string) => (
          <>
            <label>
              <input
                type="radio"
                name={conflict.key}
                checked={choices[conflict.key] === choice}
                onChange={() => pick(choice)}
              />
              {text}
            </label>
            {value !== undefined && <p className={styles.mergeValue}>{value}</p>}
          </>
        );
        return (
          <fieldset key={conflict.key} className={styles.mergeChoice}>
            <legend>{label}</legend>
            {option('mine', 'Ваша копия', shown(conflict, 'mine', options))}
            {option('theirs', `Сохранённая версия ${version}`, shown(conflict, 'theirs', options))}
            {conflict.kind === 'body' && option('both', 'Оставить оба варианта (сначала ваш)')}
          </fieldset>
        );
      })}
      <div className={styles.workflowButtons}>
        <button
          type="button"
          className={styles.primary}
          disabled={undecided}
          onClick={() => onApply(choices)}
        >
          Применить выбор
        </button>
        <button type="button" className={styles.linkButton} onClick={onCancel}>
          Не восстанавливать копию
        </button>
      </div>
    </section>
  );
}

type Options = { rubrics: RubricOption[]; media: MediaOption[] };

/** A conflicting value as the person reads it in the form. */
function shown(conflict: CopyConflict, side: 'mine' | 'theirs', options: Options): string {
  if (conflict.kind === 'body') {
    const text = documentToPlainText({ type: 'doc', content: conflict[side] });
    return text || '(фрагмент удалён)';
  }
  const value = conflict[side];
  switch (conflict.key) {
    case 'address': {
      const address = value as { slug: string; manual: boolean };
      return `${address.slug || '—'} (${address.manual ? 'задан вручную' : 'из заголовка'})`;
    }
    case 'rubricId':
      return options.rubrics.find((r) => r.id === value)?.name ?? '— не выбрана —';
    case 'heroMediaId': {
      const item = options.media.find((m) => m.id === value);
      return value === null ? 'без фото' : (item?.caption ?? item?.alt ?? `фото №${value}`);
    }
    case 'locale':
      return LOCALE_NAMES[value as Locale] ?? String(value);
    case 'breaking':
    case 'featured':
      return value ? 'да' : 'нет';
    case 'publishAt':
    case 'embargoUntil':
      return value ? String(value).replace('T', ' ') : 'не указано';
    case 'sources':
      return list((value as SourceValue[]).map((s) => s.name));
    case 'related':
      return list((value as { title: string }[]).map((r) => r.title));
    case 'authors':
      return list((value as BylinePerson[]).map((a) => a.name));
    default:
      return String(value) || '(пусто)';
  }
}

const list = (items: string[]) => (items.length ? items.join(', ') : '(пусто)');
