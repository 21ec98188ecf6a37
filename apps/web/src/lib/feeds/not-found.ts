/** A plain 404 for feed and sitemap addresses (machines read these, not people). */
export function notFoundText(message: string): Response {
  return new Response(message, {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
