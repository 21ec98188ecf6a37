import type { MediaVariant } from '@vestnik/db/schema';
import { updateMedia } from '@/actions/media/update-media';
import { ActionForm } from '@/components/ui/action-form';
import styles from './media.module.css';

type Item = {
  id: number;
  alt: string;
  caption: string;
  credit: string;
  width: number;
  height: number;
  bytes: number;
  storageKey: string;
  variants: MediaVariant[];
  photoSourceId: number | null;
  photoSource: string | null;
};

/** The smallest stored variant is the thumbnail; tiny originals have no variants. */
function thumbnailKey(item: Item): string {
  return item.variants.toSorted((a, b) => a.width - b.width)[0]?.key ?? item.storageKey;
}

export function MediaCard({
  item,
  sources,
  editable,
}: {
  item: Item;
  sources: { id: number; name: string }[];
  editable: boolean;
}) {
  return (
    <li className={styles.card}>
      <img
        className={styles.thumb}
        src={`/api/media/file/${thumbnailKey(item)}`}
        alt={item.alt}
        loading="lazy"
      />
      <div className={styles.body}>
        <span className={styles.id}>
          № {item.id} · {item.width}×{item.height} · {Math.ceil(item.bytes / 1024)} КБ
        </span>
        <span className={styles.alt}>{item.alt}</span>
        {item.caption && <span>{item.caption}</span>}
        {(item.credit || item.photoSource) && (
          <span>{[item.credit, item.photoSource].filter(Boolean).join(' / ')}</span>
        )}
        {editable && (
          <details>
            <summary>Изменить описание</summary>
            <ActionForm action={updateMedia} submitLabel="Сохранить" successMessage="Сохранено.">
              <input type="hidden" name="id" value={item.id} />
              <label>
                Alt
                <input name="alt" required maxLength={300} defaultValue={item.alt} />
              </label>
              <label>
                Подпись
                <input name="caption" maxLength={1000} defaultValue={item.caption} />
              </label>
              <label>
                Автор фото
                <input name="credit" maxLength={200} defaultValue={item.credit} />
              </label>
              <label>
                Фотоисточник
                <select name="photoSourceId" defaultValue={item.photoSourceId ?? ''}>
                  <option value="">— нет —</option>
                  {sources.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </label>
            </ActionForm>
          </details>
        )}
      </div>
    </li>
  );
}
