import { ListingPage, listingMetadata } from '@/components/listing/listing-page';
import { type ListingRouteProps, listingStaticParams } from '@/components/listing/load-listing';

export const generateStaticParams = listingStaticParams;

export function generateMetadata(props: ListingRouteProps) {
  return listingMetadata('tag', props);
}

export default function TagPage(props: ListingRouteProps) {
  return <ListingPage kind="tag" {...props} />;
}
