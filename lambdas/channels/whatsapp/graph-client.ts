import * as z from 'zod';
import { TransientSendError, UnexpectedResponseError } from './graph-errors';
import { classify, MarkReadResponseSchema, SendResponseSchema, type Outcome } from './graph-response';
import type { GraphMessage, MarkReadRequest } from './outbound-types';

/** Everything the client needs to know. The caller reads it from env/secrets; this module never does. */
export interface GraphConfig {
  /** e.g. `https://graph.facebook.com` (no version). */
  graphUrl: string;
  /** e.g. `v23.0`. */
  apiVersion: string;
  phoneNumberId: string;
  accessToken: string;
  /** Per-attempt timeout, covering the response body as well. */
  timeoutMs: number;
  /** Total attempts including the first (1 = no retries). */
  maxAttempts: number;
  /** First backoff ceiling; doubles each retry. Default 250. */
  baseDelayMs?: number;
  /** Largest backoff ceiling. Default 8000. */
  maxDelayMs?: number;
}

/** The subset of `fetch` we use; inject the global one in production, a fake in tests. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Side effects, injected so tests run without network or real waiting. */
export interface GraphDeps {
  fetch: FetchLike;
  sleep: (ms: number) => Promise<void>;
  /** Uniform in [0, 1); default `Math.random`. */
  random?: () => number;
}

/** Sends to one business number. Safe to share across invocations of a warm Lambda. */
export interface GraphClient {
  /**
   * Sends one message and returns its `wamid`. Retries transient failures
   * with exponential backoff and full jitter. A timed-out attempt may still
   * have been delivered, and the Cloud API has no idempotency key, so a
   * retry after a timeout can rarely duplicate a message. We accept that
   * over losing the message.
   *
   * @throws WindowClosedError (131047), PermanentSendError (other 4xx),
   *   TransientSendError (attempts exhausted), UnexpectedResponseError (2xx without `messages[0].id`).
   */
  send(message: GraphMessage): Promise<string>;
  /**
   * Marks an inbound message (and earlier ones) as read, the blue ticks,
   * optionally with a typing indicator. The indicator lasts until we reply,
   * or 25 seconds at most.
   *
   * @throws the same errors as {@link GraphClient.send}.
   */
  markRead(messageId: string, options?: { typingIndicator?: boolean }): Promise<void>;
}

const ConfigSchema = z.object({
  graphUrl: z.url({ protocol: /^https?$/ }),
  apiVersion: z.string().regex(/^v\d+\.\d+$/),
  phoneNumberId: z.string().regex(/^\d+$/),
  accessToken: z.string().min(1),
  timeoutMs: z.number().int().positive(),
  maxAttempts: z.number().int().min(1).max(10),
  baseDelayMs: z.number().int().nonnegative().default(250),
  maxDelayMs: z.number().int().nonnegative().default(8000),
});

/**
 * Creates a client for `POST {graphUrl}/{apiVersion}/{phoneNumberId}/messages`.
 *
 * @throws TypeError if the config is invalid. The message names the fields
 *   only, never their values, so the token cannot leak into logs.
 */
export function createGraphClient(config: GraphConfig, deps: GraphDeps): GraphClient {
  const parsed = ConfigSchema.safeParse(config);
  if (!parsed.success) {
    throw new TypeError(`invalid Graph API config: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  }
  const cfg = parsed.data;
  const url = `${cfg.graphUrl.replace(/\/+$/, '')}/${cfg.apiVersion}/${cfg.phoneNumberId}/messages`;
  const random = deps.random ?? Math.random;

  async function attempt(body: string): Promise<Outcome> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), cfg.timeoutMs);
    try {
      const res = await deps.fetch(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${cfg.accessToken}`, 'Content-Type': 'application/json' },
        body,
        signal: controller.signal,
      });
      return classify(res.status, parseJson(await res.text()));
    } catch {
      return { kind: 'retry', reason: controller.signal.aborted ? 'timeout' : 'network' };
    } finally {
      clearTimeout(timer);
    }
  }

  async function post<T>(payload: unknown, schema: z.ZodType<T>): Promise<T> {
    const body = JSON.stringify(payload);
    let last: Extract<Outcome, { kind: 'retry' }> = { kind: 'retry', reason: 'network' };
    for (let n = 1; n <= cfg.maxAttempts; n++) {
      if (n > 1) await deps.sleep(random() * Math.min(cfg.maxDelayMs, cfg.baseDelayMs * 2 ** (n - 2)));
      const outcome = await attempt(body);
      if (outcome.kind === 'fail') throw outcome.error;
      if (outcome.kind === 'ok') {
        const data = schema.safeParse(outcome.json);
        if (!data.success) throw new UnexpectedResponseError(outcome.status);
        return data.data;
      }
      last = outcome;
    }
    throw new TransientSendError(last.reason, cfg.maxAttempts, last.code, last.status);
  }

  return {
    async send(message) {
      const res = await post(message, SendResponseSchema);
      return res.messages[0]?.id ?? '';
    },
    async markRead(messageId, options) {
      const request: MarkReadRequest = { messaging_product: 'whatsapp', status: 'read', message_id: messageId };
      if (options?.typingIndicator) request.typing_indicator = { type: 'text' };
      await post(request, MarkReadResponseSchema);
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
