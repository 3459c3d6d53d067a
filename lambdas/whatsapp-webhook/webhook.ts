import type { APIGatewayProxyEventV2 as Event, APIGatewayProxyStructuredResultV2 as Result } from 'aws-lambda';
import type { Logger } from '../adapters/observability/logger';
import type { EnqueueEntries, QueueEntry, QueueMessage } from '../channels/whatsapp/queue-message';
import { verifySignature } from '../channels/whatsapp/signature';
import { equalInConstantTime } from '../core/constant-time';
import { splitWebhook } from '../channels/whatsapp/split-webhook';
import { InvalidWebhookError } from '../channels/whatsapp/webhook-schema';
import { header, rawBody } from '../http/request';
import { HttpError, errorResponse, json, text } from '../http/responses';

export interface WebhookDeps {
  appSecret: string;
  verifyToken: string;
  maxBodyBytes: number;
  enqueue: EnqueueEntries;
  /** The FIFO group of a person: a keyed hash of their number, so the queue never shows it. */
  groupOf: (waId: string) => string;
  /** The FIFO group of one delivery status (statuses need no order, see queue-groups.ts). */
  statusGroupOf: (outboundMessageId: string) => string;
  logger: Logger;
}

/**
 * Meta's webhook: the verification handshake, then signed deliveries that
 * are split into messages and statuses and queued. Answering fast matters:
 * Meta retries slow or failed deliveries for days, so all real work happens
 * in the worker.
 */
export async function handleWebhook(event: Event, deps: WebhookDeps): Promise<Result> {
  try {
    const method = event.requestContext.http.method.toUpperCase();
    if (method === 'GET') return verifyHandshake(event, deps);
    if (method === 'POST') return await receive(event, deps);
    throw new HttpError(405, 'MethodNotAllowed', 'allowed: GET, POST', { allow: 'GET, POST' });
  } catch (error) {
    if (error instanceof HttpError) return errorResponse(error);
    deps.logger.error('webhook failed', { errorName: (error as Error).name });
    return errorResponse(new HttpError(500, 'ServiceError', 'could not queue the delivery; please retry'));
  }
}

function verifyHandshake(event: Event, deps: WebhookDeps): Result {
  const q = event.queryStringParameters ?? {};
  const tokenMatches = equalInConstantTime(q['hub.verify_token'] ?? '', deps.verifyToken);
  if (q['hub.mode'] !== 'subscribe' || !tokenMatches || !q['hub.challenge']) {
    deps.logger.warn('webhook verification refused');
    return text(403, 'forbidden');
  }
  return text(200, q['hub.challenge']);
}

async function receive(event: Event, deps: WebhookDeps): Promise<Result> {
  const raw = rawBody(event, deps.maxBodyBytes);
  if (!verifySignature(raw, header(event, 'x-hub-signature-256'), deps.appSecret)) {
    deps.logger.warn('webhook signature rejected', { bytes: raw.length });
    throw new HttpError(401, 'Unauthorized', 'missing or invalid X-Hub-Signature-256');
  }
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'BadArgument', 'body is not JSON');
  }
  let split;
  try {
    split = splitWebhook(body);
  } catch (error) {
    if (error instanceof InvalidWebhookError) throw new HttpError(400, 'BadArgument', 'not a WhatsApp Business Account webhook');
    throw error;
  }
  const entries: QueueEntry[] = [
    ...split.messages.map((m) => entry({ kind: 'message', ...withoutName(m) }, deps.groupOf(m.from), m.id)),
    ...split.statuses.map((s) => entry({ kind: 'status', ...s }, deps.statusGroupOf(s.id), `${s.id}:${s.status}`)),
  ];
  if (entries.length) await deps.enqueue(entries);
  for (const error of split.errors) deps.logger.warn('webhook reported error', { code: error.code });
  deps.logger.info('webhook queued', { messages: split.messages.length, statuses: split.statuses.length });
  return json(200, { received: true });
}

const entry = (message: QueueMessage, groupId: string, deduplicationId: string): QueueEntry => ({ body: JSON.stringify(message), groupId, deduplicationId });

/** The profile name is not needed to answer and is personal data: it never enters the queue. */
function withoutName<T extends { contactName?: string }>(message: T): Omit<T, 'contactName'> {
  const { contactName: _name, ...rest } = message;
  return rest;
}
