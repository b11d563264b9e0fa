// `npm start`: serves the project folder on localhost so demo/ can load dist/ and questions/.
// A plain static server with correct types and no caching; nothing else.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const firstPort = Number(process.env.PORT ?? 8000);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
};

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (path === '/') {
    response.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  let file = normalize(join(root, path));
  if (!file.startsWith(root) || file.split(sep).includes('node_modules')) {
    response.writeHead(403).end('Forbidden');
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${path}`);
  }
});

// A port already taken (another demo still running) moves on to the next one.
let port = firstPort;
server.on('error', (error) => {
  if (error.code !== 'EADDRINUSE' || port > firstPort + 20) throw error;
  port += 1;
  server.listen(port, '127.0.0.1');
});
server.on('listening', () => console.log(`citequiz demo: http://localhost:${port}/demo/`));
server.listen(port, '127.0.0.1');
