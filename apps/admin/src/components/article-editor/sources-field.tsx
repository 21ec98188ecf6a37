'use client';

import styles from './editor.module.css';
import type { SourceOption, SourceValue } from './types';

type Props = {
  value: SourceValue[];
  options: SourceOption[];
  onChange: (sources: SourceValue[]) => void;
  disabled: boolean;
};

const ROLES = { origin: 'со ссылкой на (первоисточник)', via: 'передает (посредник)' } as const;

/** Cited sources with their role; a source not in the list is created by name and domain. */
export function SourcesField({ value, options, onChange, disabled }: Props) {
  const update = (index: number, patch: Partial<SourceValue>) =>
    onChange(value.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  return (
    <fieldset className={styles.field} disabled={disabled}>
      <legend>Источники</legend>
      {value.map((source, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: unsaved rows have no identity but their place
        <div key={index} className={styles.sourceRow}>
          <select
            aria-label="Источник"
            value={source.sourceId ?? 'new'}
            onChange={(e) => {
              const picked = options.find((o) => o.id === Number(e.target.value));
              update(
                index,
                picked
                  ? { sourceId: picked.id, name: picked.name, domain: picked.domain ?? '' }
                  : { sourceId: undefined, name: '', domain: '' },
              );
            }}
          >
            <option value="new">Новый источник…</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
                {o.domain ? ` (${o.domain})` : ''}
              </option>
            ))}
          </select>
          {source.sourceId === undefined && (
            <>
              <input
                aria-label="Название источника"
                placeholder="Название, например Интерфакс-Казахстан"
                value={source.name}
                onChange={(e) => update(index, { name: e.target.value })}
              />
              <input
                aria-label="Домен источника"
                placeholder="interfax.kz"
                value={source.domain}
                onChange={(e) => update(index, { domain: e.target.value })}
              />
            </>
          )}
          <select
            aria-label="Роль источника"
            value={source.role}
            onChange={(e) => update(index, { role: e.target.value as SourceValue['role'] })}
          >
            {Object.entries(ROLES).map(([role, label]) => (
              <option key={role} value={role}>
                {label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className={styles.linkButton}
            onClick={() => onChange(value.filter((_, i) => i !== index))}
          >
            Убрать
          </button>
        </div>
      ))}
      <button
        type="button"
        className={styles.secondary}
        onClick={() => onChange([...value, { name: '', domain: '', role: 'origin' }])}
      >
        Добавить источник
      </button>
    </fieldset>
  );
}
