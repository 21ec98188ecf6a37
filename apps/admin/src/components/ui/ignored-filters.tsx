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
  const sentence =
    props.invalid.length === 1
      ? `Фильтр ${names} в адресе указан неверно и не применён.`
      : `Фильтры ${names} в адресе указаны неверно и не применены.`;
  return (
    <p role="alert" className="form-error">
      {sentence}
    </p>
  );
}
