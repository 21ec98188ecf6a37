import { notFound } from 'next/navigation';
import { redirectPostIdOrNotFound } from '@/lib/legacy';
import { editionParams, onDemandParams } from '@/lib/prerender';

type Props = { params: Promise<{ edition: string; id: string }> };

export function generateStaticParams() {
  return onDemandParams('id');
}

/** `/?p=<id>` of an imported WordPress archive (rewritten here by next.config): 301 or 404. */
export default async function OldPostAddress({ params }: Props): Promise<never> {
  const { edition, id } = await editionParams(params);
  if (edition !== 'ru') notFound();
  return redirectPostIdOrNotFound(id);
}
