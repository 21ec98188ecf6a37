import { notFound } from 'next/navigation';
import { onDemandParams } from '@/lib/prerender';

export function generateStaticParams() {
  return [{ rest: onDemandParams('rest')[0]!.rest.split('/') }];
}

/** Any other address: the site's own 404 page (inside the site's layout), cached like a page. */
export default function UnknownAddress(): never {
  notFound();
}
