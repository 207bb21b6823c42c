/** HTTP server around the stand-in; optionally serves a folder of static files (the preview). */
import * as fs from 'fs';
import * as http from 'http';
import * as zlib from 'zlib';
import type { AddressInfo } from 'net';
import * as path from 'path';
import type { StandInRequest } from './http';
import type { StandIn } from './standin';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json'
};

export interface RunningServer {
  server: http.Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();

function gzippedFile(file: string, mtimeMs: number): Buffer {
  const known = gzipped.get(file);
  if (known && known.mtimeMs === mtimeMs) {
    return known.body;
  }
  const body = zlib.gzipSync(fs.readFileSync(file), { level: 6 });
  gzipped.set(file, { mtimeMs, body });
  return body;
}

/**
 * The preview's files, served as SharePoint serves a deployed solution's bundles: the build's
 * content-hashed files under /assets/ are cached by the browser (SPFx's ClientSideAssets behind the
 * Office 365 CDN, a caching proxy), the page itself is revalidated; compressed when `gzip`.
 */
function serveStatic(root: string, pathname: string, req: http.IncomingMessage, res: http.ServerResponse, gzip: boolean): boolean {
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const file = path.normalize(path.join(root, relative));
  if (!file.startsWith(path.normalize(root)) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return false;
  }
  const headers: http.OutgoingHttpHeaders = {
    'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': relative.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
  };
  if (gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    res.end(gzippedFile(file, fs.statSync(file).mtimeMs));
    return true;
  }
  res.writeHead(200, headers);
  fs.createReadStream(file).pipe(res);
  return true;
}

/**
 * `gzip`: compresses answers when the client accepts it, as SharePoint Online's front ends do
 * (the benchmark measures bytes on the wire both ways; tests run without).
 */
export function startServer(standIn: StandIn, options: { port?: number; host?: string; staticRoot?: string; gzip?: boolean } = {}): Promise<RunningServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const isApi = url.pathname.includes('/_api/') || url.pathname.startsWith('/_standin/');
    if (!isApi && options.staticRoot && (req.method === 'GET' || req.method === 'HEAD')) {
      const gzip = options.gzip === true;
      if (serveStatic(options.staticRoot, url.pathname, req, res, gzip) || serveStatic(options.staticRoot, '/', req, res, gzip)) {
        return;
      }
    }
    readBody(req)
      .then(async (body) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(req.headers)) {
          if (typeof value === 'string') {
            headers[name.toLowerCase()] = value;
          } else if (Array.isArray(value)) {
            headers[name.toLowerCase()] = value.join(', ');
          }
        }
        const request: StandInRequest = { method: req.method ?? 'GET', url, headers, body };
        const response = await standIn.handle(request);
        if (options.gzip && /\bgzip\b/.test(headers['accept-encoding'] ?? '') && response.body.length > 1024) {
          res.writeHead(response.status, { ...response.headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
          res.end(zlib.gzipSync(response.body, { level: 6 }));
          return;
        }
        res.writeHead(response.status, response.headers);
        res.end(response.body);
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(error instanceof Error ? error.message : 'error');
      });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        server,
        port,
        url: `http://${options.host === '0.0.0.0' ? 'localhost' : options.host ?? '127.0.0.1'}:${port}`,
        close: () =>
          new Promise<void>((resolve) => {
            standIn.store.flush();
            server.close(() => resolve());
            server.closeAllConnections();
          })
      });
    });
  });
}
