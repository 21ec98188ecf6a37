import type { IncomingMessage, ServerResponse } from 'node:http';
import { isDecodablePath } from '@vestnik/content/request';

const PAGE = `<!doctype html><html lang="ru"><meta charset="utf-8"><title>Неверный адрес</title>
<p>Адрес страницы повреждён (неверная кодировка символов). <a href="/">На главную</a></p></html>`;

/**
 * A malformed percent-encoding (`/news/%E0%A4%A`) makes Next's router throw before any page runs:
 * answered here instead, as the client's error it is, with a sentence a reader can act on.
 */
export function rejectMalformedUrl(req: IncomingMessage, res: ServerResponse): boolean {
  if (isDecodablePath(req.url)) return false;
  res.writeHead(400, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'private, no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : PAGE);
  return true;
}
