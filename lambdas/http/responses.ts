import type { APIGatewayProxyStructuredResultV2 as Result } from 'aws-lambda';

/** Security headers every response carries; pages add their own CSP. */
const BASE_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): Result {
  return {
    statusCode,
    headers: { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** An error the client caused or can act on, in Direct Line's error shape. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function errorResponse(error: HttpError): Result {
  return json(error.statusCode, { error: { code: error.code, message: error.message } }, error.headers);
}

export function text(statusCode: number, body: string, contentType = 'text/plain; charset=utf-8'): Result {
  return { statusCode, headers: { ...BASE_HEADERS, 'content-type': contentType }, body };
}
