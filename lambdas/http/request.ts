import type { APIGatewayProxyEventV2 as Event } from 'aws-lambda';
import type { z } from 'zod';
import { HttpError } from './responses';

/** API Gateway lower-cases header names in payload v2; we look them up the same way. */
export function header(event: Event, name: string): string | undefined {
  return event.headers?.[name.toLowerCase()];
}

/** The raw body bytes, with a size cap checked before anything is parsed. */
export function rawBody(event: Event, maxBytes: number): Buffer {
  const body = event.body ?? '';
  // Checking the encoded length first avoids decoding a huge body just to reject it.
  if (body.length > maxBytes * 2) throw tooLarge(maxBytes);
  const bytes = Buffer.from(body, event.isBase64Encoded ? 'base64' : 'utf8');
  if (bytes.length > maxBytes) throw tooLarge(maxBytes);
  return bytes;
}

/** Parses a JSON body against a schema: 415 for a wrong type, 400 naming the first problem. */
export function jsonBody<T extends z.ZodType>(event: Event, schema: T, maxBytes: number): z.infer<T> {
  const type = header(event, 'content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    throw new HttpError(415, 'UnsupportedMediaType', 'expected Content-Type: application/json');
  }
  const bytes = rawBody(event, maxBytes);
  let decoded: unknown;
  try {
    decoded = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new HttpError(400, 'BadArgument', 'body is not valid UTF-8 JSON');
  }
  const parsed = schema.safeParse(decoded);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'body';
    throw new HttpError(400, 'BadArgument', `${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, 'PayloadTooLarge', `body exceeds ${maxBytes} bytes`);
}
