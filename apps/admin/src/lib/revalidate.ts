import { env } from '@/env';

/**
 * Asks the public site to expire cache tags (POST /api/revalidate with the shared secret). A
 * failure is logged, not thrown: the change is already committed, and the site's short cache
 * lifetimes bound how long it can show the old version.
 */
export async function requestRevalidation(tags: string[]): Promise<boolean> {
  const { SITE_URL, REVALIDATE_SECRET } = env();
  if (!REVALIDATE_SECRET) return false;
  try {
    const response = await fetch(new URL('/api/revalidate', SITE_URL), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${REVALIDATE_SECRET}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(3000),
    });
    return response.ok;
  } catch (error) {
    console.error(`Site revalidation failed for ${tags.join(', ')}:`, error);
    return false;
  }
}
