import { notFound } from 'next/navigation';

/**
 * `next build` renders every dynamic route once, with this value for each parameter, to check that
 * the route can be cached whole. Such renders must not touch the database (a build has none): a
 * page given this value answers 404 at once. Real requests never carry it (it is not a slug).
 */
export const BUILD_PLACEHOLDER = '__build__';

export const isBuildPlaceholder = (value: string | string[] | undefined) =>
  value === BUILD_PLACEHOLDER || (Array.isArray(value) && value[0] === BUILD_PLACEHOLDER);

/** `generateStaticParams` of a route whose pages are all rendered on first request, then cached. */
export function onDemandParams<K extends string>(...keys: K[]): Record<K, string>[] {
  return [Object.fromEntries(keys.map((key) => [key, BUILD_PLACEHOLDER])) as Record<K, string>];
}

/**
 * Awaits a page's route parameters. The build's trial render (placeholder values) answers 404
 * before anything reads the database.
 */
export async function pageParams<P extends Record<string, string | string[] | undefined>>(
  params: Promise<P>,
): Promise<P> {
  const values = await params;
  if (Object.values(values).some(isBuildPlaceholder)) notFound();
  return values;
}

/** A route handler's parameters; undefined in the build's trial run (answer 404 then). */
export async function routeParams<P extends Record<string, string | string[] | undefined>>(
  params: Promise<P>,
): Promise<P | undefined> {
  const values = await params;
  return Object.values(values).some(isBuildPlaceholder) ? undefined : values;
}
