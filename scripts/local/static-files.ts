import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves built pages as CloudFront would from S3: gzip when the client
 * accepts it (small pages matter on slow networks), never outside `root`.
 */
export async function serveStatic(root: string, urlPath: string, acceptEncoding: string, res: ServerResponse, status = 200): Promise<boolean> {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, relative);
  if (!file.startsWith(root)) return false;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    const gzip = /\bgzip\b/.test(acceptEncoding) && body.length > 512;
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(status, headers).end(gzip ? gzipSync(body) : body);
    return true;
  } catch {
    return false;
  }
}
