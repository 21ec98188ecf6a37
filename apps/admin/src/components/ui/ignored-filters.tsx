/**
 * Says which address parameters a page could not use (lib/search-params.ts readSearch): the page
 * is shown without them instead of failing.
 */
export function IgnoredFilters<K extends string>(props: {
  invalid: K[];
  labels: Record<K, string>;
}) {
  if (props.invalid.length === 0) return null;
  const names = props.invalid.map((key) => `«${props.labels[key]}»`).join(', ');
  return (
    <p role="alert" className="form-error">
      {props.invalid.length === 1 ? 'Фильтр' : 'Фильтры'} {names} в адресе{' '}
      {props.invalid.length === 1 ? 'указан' : 'указаны'} неверно и не{' '}
      {props.invalid.length === 1 ? 'применён' : 'применены'}.
    </p>
  );
}
