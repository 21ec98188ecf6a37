import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a preview link grants: one article (optionally one version) until `expiresAt`. */
export type PreviewGrant = { articleId: number; version?: number; expiresAt: Date };

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const mac = (payload: string, secret: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url');

/**
 * `<payload>.<HMAC-SHA256>`: the site and the admin share PREVIEW_SECRET and nothing else, so the
 * site can show an unpublished article to whoever holds a fresh link, with no session and no
 * database table of tokens.
 */
export function signPreviewToken(grant: PreviewGrant, secret: string): string {
  const payload = encode(
    JSON.stringify({
      a: grant.articleId,
      v: grant.version ?? null,
      e: Math.floor(grant.expiresAt.getTime() / 1000),
    }),
  );
  return `${payload}.${mac(payload, secret)}`;
}

/** The grant, or null when the token is malformed, forged or expired. */
export function verifyPreviewToken(
  token: string,
  secret: string,
  now: Date = new Date(),
): PreviewGrant | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  // Constant-time comparison: a byte-by-byte early exit would leak the valid signature.
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let data: { a?: unknown; v?: unknown; e?: unknown };
  try {
    data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Number.isSafeInteger(data.a) || !Number.isSafeInteger(data.e)) return null;
  const expiresAt = new Date((data.e as number) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return null;
  const version = Number.isSafeInteger(data.v) ? (data.v as number) : undefined;
  return { articleId: data.a as number, version, expiresAt };
}
