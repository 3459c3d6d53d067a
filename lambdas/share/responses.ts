import type { APIGatewayProxyStructuredResultV2 as Result } from 'aws-lambda';
import { text } from '../http/responses';

/** Pages carry their CSS inline and run no script: nothing else may load or run. */
const PAGE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function htmlPage(statusCode: number, body: string): Result {
  const result = text(statusCode, body, 'text/html; charset=utf-8');
  return { ...result, headers: { ...result.headers, 'content-security-policy': PAGE_CSP } };
}

/** A QR code depends only on its URL, so browsers may keep it for a day. */
export function svgImage(body: string): Result {
  const result = text(200, body, 'image/svg+xml');
  return { ...result, headers: { ...result.headers, 'cache-control': 'public, max-age=86400', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" } };
}

/** HEAD gets GET's status and headers without the body. */
export function withoutBody(result: Result): Result {
  return { ...result, body: '' };
}
