import type { SourceKind } from '@vestnik/db/schema';

export const SOURCE_KINDS: Record<SourceKind, string> = {
  agency: 'Информагентство',
  outlet: 'СМИ',
  photo: 'Фотоисточник',
  official: 'Официальный',
  other: 'Другое',
};

type Values = { name: string; domain: string | null; url: string | null; kind: SourceKind };

/** The inputs shared by the create and edit forms. */
export function SourceFields({ values }: { values?: Values }) {
  return (
    <>
      <label>
        Название
        <input name="name" required maxLength={200} defaultValue={values?.name} />
      </label>
      <label>
        Домен
        <input name="domain" placeholder="interfax.kz" defaultValue={values?.domain ?? ''} />
      </label>
      <label>
        Адрес сайта
        <input name="url" type="url" placeholder="https://…" defaultValue={values?.url ?? ''} />
      </label>
      <label>
        Тип
        <select name="kind" defaultValue={values?.kind ?? 'outlet'}>
          {Object.entries(SOURCE_KINDS).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
