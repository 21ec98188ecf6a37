/**
 * Whether the path of a request URL is valid percent-encoded UTF-8. Next answers an undecodable
 * dynamic segment (`/articles/%ED%A0%80`) with a bare 500; such an address is the client's
 * mistake, answered 400 by the server before Next sees it. (Query strings are decoded leniently.)
 */
export function isDecodablePath(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0]!;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
