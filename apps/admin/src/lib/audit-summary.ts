import { SOURCE_KINDS } from '@/components/sources/source-fields';
import { ROLE_NAMES } from '@/components/users/role-select';
import { STATUS_NAMES } from './articles/status-names';
import { IMPORT_FORMAT_NAMES } from './imports/names';

/**
 * The audit log's summaries in words: the actions write `{ before, after, ...facts }` with field
 * names and values as the code knows them; editors read Russian field names, Russian values and
 * times in the site's zone, and only the fields that actually changed.
 */

type Json = Record<string, unknown>;

/** One line of an entry: a change (before → after), a value set, one removed, or a fact. */
export type AuditLine =
  | { kind: 'changed'; field: string; label: string; before: string; after: string }
  | { kind: 'set'; field: string; label: string; value: string }
  | { kind: 'removed'; field: string; label: string; value: string }
  | { kind: 'fact'; field: string; label: string; value: string };

export const ACTION_NAMES: Record<string, string> = {
  'article.create': 'Создание материала',
  'article.save': 'Сохранение материала',
  'article.submit': 'Отправка на проверку',
  'article.withdraw': 'Возврат в черновик',
  'article.publish': 'Публикация',
  'article.schedule': 'Планирование публикации',
  'article.unpublish': 'Снятие с публикации',
  'article.archive': 'Отправка в архив',
  'article.restore': 'Восстановление версии',
  'article.correction': 'Поправка',
  'article.preview': 'Ссылка для предпросмотра',
  'article.lock.takeover': 'Перехват правки',
  'article.translation.create': 'Создание перевода',
  'article.translation.link': 'Связь с переводом',
  'article.translation.unlink': 'Отвязка перевода',
  'media.upload': 'Загрузка изображения',
  'media.update': 'Правка изображения',
  'rubric.create': 'Создание рубрики',
  'rubric.update': 'Правка рубрики',
  'rubric.move': 'Порядок рубрик',
  'source.create': 'Создание источника',
  'source.update': 'Правка источника',
  'source.delete': 'Удаление источника',
  'tag.rename': 'Переименование тега',
  'tag.merge': 'Слияние тегов',
  'user.create': 'Новый сотрудник',
  'user.role': 'Смена роли',
  'user.disable': 'Отключение доступа',
  'user.enable': 'Возврат доступа',
  'user.reset-password': 'Сброс пароля',
  'user.change-password': 'Смена своего пароля',
  'import.start': 'Запуск импорта',
  'import.retry': 'Повтор импорта',
};

const LABELS: Record<string, string> = {
  version: 'версия',
  status: 'статус',
  locale: 'язык',
  title: 'заголовок',
  slug: 'адрес',
  rubricId: 'рубрика',
  publishAt: 'время публикации',
  embargoUntil: 'эмбарго до',
  authors: 'авторы',
  restoredFrom: 'восстановлена версия',
  translationId: 'перевод',
  translationOf: 'перевод материала',
  lockedBy: 'кто правит',
  correctionId: 'поправка',
  text: 'текст',
  name: 'название',
  nameKk: 'название на казахском',
  description: 'описание',
  descriptionKk: 'описание на казахском',
  role: 'роль',
  disabled: 'доступ отключён',
  email: 'эл. почта',
  alt: 'описание для незрячих',
  caption: 'подпись',
  credit: 'автор фото',
  photoSourceId: 'фотоисточник',
  domain: 'домен',
  url: 'ссылка',
  kind: 'тип',
  direction: 'сдвиг',
  articles: 'материалов',
  width: 'ширина, px',
  height: 'высота, px',
  bytes: 'размер',
  fileName: 'файл',
  format: 'формат',
  dryRun: 'пробный запуск',
  id: 'номер',
};

const FIELD_ORDER = Object.keys(LABELS);

/** Where a key means something else for one kind of object. */
const ENTITY_LABELS: Record<string, Record<string, string>> = {
  user: { name: 'имя' },
};

const VALUE_NAMES: Record<string, Record<string, string>> = {
  status: STATUS_NAMES,
  locale: { ru: 'русский', kk: 'казахский' },
  role: ROLE_NAMES,
  kind: SOURCE_KINDS,
  direction: { up: 'выше', down: 'ниже' },
  format: IMPORT_FORMAT_NAMES,
};
/** Keys whose value is the number of another record. */
const REFERENCES = new Set([
  'rubricId',
  'lockedBy',
  'photoSourceId',
  'correctionId',
  'translationId',
  'translationOf',
  'id',
]);

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function showValue(key: string, v: unknown, formatDate: (date: Date) => string): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'да' : 'нет';
  if (Array.isArray(v)) {
    return v.length ? v.map((item) => showValue(key, item, formatDate)).join(', ') : '—';
  }
  if (typeof v === 'string') {
    const named = VALUE_NAMES[key]?.[v];
    if (named) return named;
    // Times are recorded as ISO instants; editors think in the site's wall clock.
    if (ISO_TIME.test(v) && !Number.isNaN(Date.parse(v))) return formatDate(new Date(v));
    return v;
  }
  if (typeof v === 'number') {
    if (key === 'bytes') return `${new Intl.NumberFormat('ru-RU').format(v)} байт`;
    return REFERENCES.has(key) ? `№ ${v}` : String(v);
  }
  return JSON.stringify(v);
}

/**
 * The fields in the order of LABELS (what identifies the object first), unknown ones last:
 * PostgreSQL's jsonb keeps keys in its own order, not the order the action wrote them.
 */
function inFieldOrder(keys: string[]): string[] {
  const rank = (key: string) => {
    const at = FIELD_ORDER.indexOf(key);
    return at === -1 ? FIELD_ORDER.length : at;
  };
  return [...new Set(keys)].sort((a, b) => rank(a) - rank(b));
}

/** Equal as recorded JSON: a field saved unchanged is no change, whatever its type. */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The lines of one entry. Fields on both sides are listed only if their value changed; a field on
 * one side only is a value set (creation) or removed; other recorded keys are facts.
 */
export function describeAuditSummary(
  summary: unknown,
  options: { entityType: string; formatDate: (date: Date) => string },
): AuditLine[] {
  if (!isObject(summary)) return [];
  const label = (key: string) => ENTITY_LABELS[options.entityType]?.[key] ?? LABELS[key] ?? key;
  const show = (key: string, v: unknown) => showValue(key, v, options.formatDate);
  const before = isObject(summary.before) ? summary.before : {};
  const after = isObject(summary.after) ? summary.after : {};
  const lines: AuditLine[] = [];
  for (const field of inFieldOrder([...Object.keys(before), ...Object.keys(after)])) {
    const base = { field, label: label(field) };
    if (field in before && field in after) {
      if (same(before[field], after[field])) continue;
      const change = { before: show(field, before[field]), after: show(field, after[field]) };
      lines.push({ kind: 'changed', ...base, ...change });
    } else if (field in after) {
      lines.push({ kind: 'set', ...base, value: show(field, after[field]) });
    } else {
      lines.push({ kind: 'removed', ...base, value: show(field, before[field]) });
    }
  }
  for (const [field, value] of Object.entries(summary)) {
    if (field === 'before' || field === 'after') continue;
    lines.push({ kind: 'fact', field, label: label(field), value: show(field, value) });
  }
  return lines;
}

/** "Сохранение материала" for `article.save`; an action this table does not know, as recorded. */
export function actionName(action: string): string {
  return ACTION_NAMES[action] ?? action;
}
