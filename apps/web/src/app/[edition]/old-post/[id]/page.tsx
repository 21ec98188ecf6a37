import { redirectPostIdOrNotFound } from '@/lib/legacy';
import { onDemandParams, pageParams } from '@/lib/prerender';

type Props = { params: Promise<{ edition: string; id: string }> };

export function generateStaticParams() {
  return onDemandParams('id');
}

/** `/?p=<id>` of an imported WordPress archive (rewritten here by next.config): 301 or 404. */
export default async function OldPostAddress({ params }: Props): Promise<never> {
  const { id } = await pageParams(params);
  return redirectPostIdOrNotFound(id);
}
