import { ListingPage, listingMetadata } from '@/components/listing/listing-page';
import { type ListingRouteProps, listingStaticParams } from '@/components/listing/load-listing';

export const generateStaticParams = listingStaticParams;

export function generateMetadata(props: ListingRouteProps) {
  return listingMetadata('source', props);
}

export default function SourcePage(props: ListingRouteProps) {
  return <ListingPage kind="source" {...props} />;
}
