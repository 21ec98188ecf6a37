'use client';

import styles from './editor.module.css';
import type { MediaOption } from './types';

type Props = {
  media: MediaOption[];
  selected: number | null;
  label: string;
  onSelect: (item: MediaOption | null) => void;
  allowNone?: boolean;
};

/** Newest images from the media table; uploading is the media library's job. */
export function MediaPicker({ media, selected, label, onSelect, allowNone }: Props) {
  if (media.length === 0) {
    return <p className={styles.hint}>В медиатеке пока нет изображений.</p>;
  }
  return (
    <fieldset className={styles.mediaPicker}>
      <legend>{label}</legend>
      <ul>
        {allowNone && (
          <li>
            <button
              type="button"
              aria-pressed={selected === null}
              className={styles.mediaNone}
              onClick={() => onSelect(null)}
            >
              Без фото
            </button>
          </li>
        )}
        {media.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              aria-pressed={selected === item.id}
              className={selected === item.id ? styles.mediaOn : styles.mediaItem}
              title={item.caption || item.alt}
              onClick={() => onSelect(item)}
            >
              <img className={styles.mediaThumb} src={item.thumb} alt={item.alt} loading="lazy" />
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
