/**
 * The Node ceiling: a bare node:http server that answers every request with one file's bytes
 * (gzipped bytes when given `gzip`: the site's answer to a browser). Run in its own process
 * (`node --import tsx ceiling-server.ts <file> <port> [gzip]`) so that it gets a core of its
 * own like the site does, instead of sharing the bench's event loop.
 */
import fs from 'node:fs';
import http from 'node:http';

const [file, port, encoding] = process.argv.slice(2);
const body = fs.readFileSync(file!);
const headers: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'content-length': String(body.length),
};
if (encoding) headers['content-encoding'] = encoding;

http
  .createServer((_request, response) => {
    response.writeHead(200, headers);
    response.end(body);
  })
  .listen(Number(port), '127.0.0.1', () => console.log('ready'));
