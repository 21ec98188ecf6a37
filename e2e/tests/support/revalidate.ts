import { SITE } from './urls';

/**
 * Expires the site's cache tags, as the admin does after a publish. Tests that create articles
 * with factories (bypassing the admin) call it so the site shows their data at once.
 */
export async function revalidateSite(tags: string[]): Promise<void> {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) throw new Error('REVALIDATE_SECRET is not set: run the suite with `pnpm e2e`.');
  const response = await fetch(`${SITE}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags }),
  });
  if (!response.ok) throw new Error(`revalidate failed: ${response.status}`);
}
