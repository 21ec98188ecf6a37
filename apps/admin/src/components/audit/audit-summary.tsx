type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// Field names as editors know them; unknown keys (e.g. from article actions) show as recorded.
const LABELS: Record<string, string> = {
  name: 'название',
  title: 'заголовок',
  description: 'описание',
  role: 'роль',
  disabled: 'отключён',
  email: 'email',
  alt: 'alt',
  caption: 'подпись',
  credit: 'автор фото',
  domain: 'домен',
  url: 'адрес',
  kind: 'тип',
  slug: 'адрес',
  direction: 'сдвиг',
  articles: 'материалов',
  width: 'ширина',
  height: 'высота',
  bytes: 'байт',
  status: 'статус',
};

const label = (key: string) => LABELS[key] ?? key;

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'да' : 'нет';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** "поле: было → стало" for every changed field, then any other recorded facts. */
export function AuditSummary({ summary }: { summary: unknown }) {
  if (!isObject(summary)) return null;
  const before = isObject(summary.before) ? summary.before : {};
  const after = isObject(summary.after) ? summary.after : {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const rest = Object.entries(summary).filter(([key]) => key !== 'before' && key !== 'after');
  return (
    <ul className="audit-changes">
      {fields.map((field) => (
        <li key={field}>
          {label(field)}:{' '}
          {field in before && field in after ? (
            <>
              <del>{show(before[field])}</del> → <ins>{show(after[field])}</ins>
            </>
          ) : field in after ? (
            show(after[field])
          ) : (
            <del>{show(before[field])}</del>
          )}
        </li>
      ))}
      {rest.map(([key, value]) => (
        <li key={key}>
          {label(key)}: {show(value)}
        </li>
      ))}
    </ul>
  );
}
