import { notFound } from 'next/navigation';
import { redirectLegacyOrNotFound } from '@/lib/legacy';
import { editionParams, onDemandParams } from '@/lib/prerender';

type Props = { params: Promise<{ edition: string; rest: string[] }> };

export function generateStaticParams() {
  return [{ rest: onDemandParams('rest')[0]!.rest.split('/') }];
}

/**
 * Any other address: an old address of an imported archive answers 301 to its new page; the rest
 * get the site's own 404 page (inside the site's layout), cached like a page.
 */
export default async function UnknownAddress({ params }: Props): Promise<never> {
  const { edition, rest } = await editionParams(params);
  // Old addresses of an imported archive are the root's; the Kazakh edition has none.
  if (edition !== 'ru') notFound();
  return redirectLegacyOrNotFound(`/${rest.join('/')}`);
}
