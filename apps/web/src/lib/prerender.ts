import { notFound } from 'next/navigation';
import { type Edition, isEdition } from './edition';

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

/**
 * A page's route parameters with its edition checked: an edition that does not exist (only
 * reachable by typing `/xx/…` past the rewrites) is a 404, like any unknown address.
 */
export async function editionParams<
  P extends { edition: string } & Record<string, string | string[] | undefined>,
>(params: Promise<P>): Promise<Omit<P, 'edition'> & { edition: Edition }> {
  const values = await pageParams(params);
  if (!isEdition(values.edition)) notFound();
  return values as Omit<P, 'edition'> & { edition: Edition };
}

/** A route handler's parameters with a real edition; undefined (answer 404) otherwise. */
export async function routeEditionParams<
  P extends { edition: string } & Record<string, string | string[] | undefined>,
>(params: Promise<P>): Promise<(Omit<P, 'edition'> & { edition: Edition }) | undefined> {
  const values = await routeParams(params);
  if (!values || !isEdition(values.edition)) return undefined;
  return values as Omit<P, 'edition'> & { edition: Edition };
}
