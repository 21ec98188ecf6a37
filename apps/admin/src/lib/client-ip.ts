/**
 * The client address for rate limits. Behind the documented reverse proxy, X-Forwarded-For's first
 * entry is the client; Next's own server sets the header from the socket when no proxy does.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || 'unknown';
}
