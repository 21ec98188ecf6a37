import { ListingPage, listingMetadata } from '@/components/listing/listing-page';
import type { ListingRouteProps } from '@/components/listing/load-listing';

export function generateMetadata(props: ListingRouteProps) {
  return listingMetadata('source', props);
}

export default function SourcePage(props: ListingRouteProps) {
  return <ListingPage kind="source" {...props} />;
}
