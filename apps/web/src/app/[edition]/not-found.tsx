import { NotFoundContent } from '@/components/errors/not-found-content';

/**
 * 404 for unknown addresses and for notFound() in pages: a way on, not a dead end (the rubrics
 * are in the navigation above it). It reads no data, so it renders even in the build's trial run.
 * Its text is in the edition's language (the content reads the edition from the route).
 */
export default function NotFound() {
  return <NotFoundContent />;
}
