'use client';

import type { ReactNode } from 'react';
import { articlePath, LOCALE_NAMES, LOCALES, type Locale } from '@/lib/articles/language';
import { AuthorsField } from './authors-field';
import styles from './editor.module.css';
import { MediaPicker } from './media-picker';
import { RelatedField } from './related-field';
import { SourcesField } from './sources-field';
import { TagsField } from './tags-field';
import type {
  ArticleMeta,
  EditorAbilities,
  FormState,
  MediaOption,
  RubricOption,
  SourceOption,
} from './types';
import type { AddressView } from './use-address-preview';

type Props = {
  state: FormState;
  /** The address the article has, or the one the next save gives it (see useAddressPreview). */
  address: AddressView;
  meta: ArticleMeta;
  can: EditorAbilities;
  readOnly: boolean;
  rubrics: RubricOption[];
  sources: SourceOption[];
  media: MediaOption[];
  siteUrl: string;
  timeZone: string;
  set: <K extends keyof FormState>(key: K, value: FormState[K]) => void;
  fieldErrors?: Record<string, string>;
  /** Shown right under the language (the «Перевод» panel). */
  afterLanguage?: ReactNode;
};

export function MetaFields(props: Props) {
  const { state, meta, can, readOnly, set } = props;
  const slugLocked = readOnly || (meta.slugFixed && !can.renameSlug);
  const { address } = props;
  // After the first publish the language is the editors' (the address on the site changes).
  const localeLocked = readOnly || (meta.slugFixed && !can.changeLocale);
  const localeMoves = meta.slugFixed && meta.id !== null && state.locale !== meta.locale;
  return (
    <>
      <div className={styles.field}>
        <label htmlFor="article-locale">Язык</label>
        <select
          id="article-locale"
          value={state.locale}
          disabled={localeLocked}
          aria-describedby="article-locale-hint"
          onChange={(e) => set('locale', e.target.value as Locale)}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
        <p id="article-locale-hint" className={styles.hint}>
          {!meta.slugFixed
            ? 'Язык можно менять до первой публикации.'
            : can.changeLocale
              ? 'Материал уже публиковался: при смене языка изменится его адрес на сайте.'
              : 'Материал уже публиковался: сменить язык может только редактор.'}
        </p>
        {localeMoves && (
          <p className={styles.warning} role="status">
            После сохранения адрес материала изменится: {props.siteUrl}
            {articlePath(meta.locale, meta.slug)} → {props.siteUrl}
            {articlePath(state.locale, meta.slug)}. Старый адрес перестанет открываться.
          </p>
        )}
        {props.fieldErrors?.locale && <p className={styles.error}>{props.fieldErrors.locale}</p>}
      </div>
      {props.afterLanguage}
      <AuthorsField
        value={state.authors}
        keep={can.keepInByline}
        onChange={(authors) => set('authors', authors)}
        disabled={readOnly}
        error={props.fieldErrors?.authorIds}
      />
      <div className={styles.field}>
        <label htmlFor="article-slug">Адрес (slug)</label>
        <input
          id="article-slug"
          value={address.slug}
          readOnly={slugLocked}
          aria-describedby="article-slug-hint"
          onChange={(e) => {
            set('slug', e.target.value.toLowerCase());
            set('slugManual', true);
          }}
        />
        <p id="article-slug-hint" className={styles.hint}>
          {meta.slugFixed
            ? 'Адрес закреплён при первой публикации. Если редактор его изменит, старый адрес будет перенаправлять на новый.'
            : state.slugManual
              ? 'Адрес задан вручную.'
              : address.settled
                ? 'Формируется из заголовка автоматически и закрепляется при первой публикации.'
                : address.checking
                  ? 'Формируется из заголовка; проверяем, не занят ли адрес…'
                  : 'Формируется из заголовка. Этот адрес материал получит при сохранении и сохранит при публикации (занятый адрес получает номер: -2, -3).'}{' '}
          <span data-testid="article-address">
            {props.siteUrl}
            {articlePath(state.locale, address.slug)}
          </span>
        </p>
        {address.error && !props.fieldErrors?.slug && (
          <p className={styles.error}>{address.error}</p>
        )}
        {state.slugManual && !slugLocked && !meta.slugFixed && (
          <button
            type="button"
            className={styles.linkButton}
            onClick={() => set('slugManual', false)}
          >
            Вернуть автоматический адрес
          </button>
        )}
        {props.fieldErrors?.slug && <p className={styles.error}>{props.fieldErrors.slug}</p>}
      </div>
      <fieldset className={styles.field} disabled={readOnly}>
        <legend>Публикация</legend>
        <label>
          Рубрика
          <select
            value={state.rubricId ?? ''}
            onChange={(e) => set('rubricId', e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">— не выбрана —</option>
            {props.rubrics.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Время публикации
          <input
            type="datetime-local"
            value={state.publishAt}
            onChange={(e) => set('publishAt', e.target.value)}
          />
        </label>
        <label>
          Эмбарго до
          <input
            type="datetime-local"
            value={state.embargoUntil}
            onChange={(e) => set('embargoUntil', e.target.value)}
          />
        </label>
        <p className={styles.hint}>Время — по часовому поясу сайта ({props.timeZone}).</p>
        <label className={styles.checkbox}>
          <input
            type="checkbox"
            checked={state.breaking}
            onChange={(e) => set('breaking', e.target.checked)}
          />
          Срочная новость (молния)
        </label>
        <label className={styles.checkbox}>
          <input
            type="checkbox"
            checked={state.featured}
            onChange={(e) => set('featured', e.target.checked)}
          />
          Главная тема (на первый экран)
        </label>
      </fieldset>
      <div className={styles.field}>
        <MediaPicker
          media={readOnly ? props.media.filter((m) => m.id === state.heroMediaId) : props.media}
          selected={state.heroMediaId}
          label="Главное фото"
          allowNone={!readOnly}
          onSelect={(item) => !readOnly && set('heroMediaId', item?.id ?? null)}
        />
      </div>
      <TagsField value={state.tags} onChange={(tags) => set('tags', tags)} disabled={readOnly} />
      <SourcesField
        value={state.sources}
        options={props.sources}
        onChange={(sources) => set('sources', sources)}
        disabled={readOnly}
      />
      <RelatedField
        value={state.related}
        articleId={meta.id}
        onChange={(related) => set('related', related)}
        disabled={readOnly}
      />
    </>
  );
}
