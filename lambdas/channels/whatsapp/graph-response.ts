import * as z from 'zod';
import { PermanentSendError, WindowClosedError, type GraphSendError, type TransientReason } from './graph-errors';

/** Successful send: we need the outbound `wamid` to match later status webhooks. */
export const SendResponseSchema = z.object({
  messages: z.array(z.object({ id: z.string().min(1), message_status: z.string().optional() })).min(1),
});

/** Successful mark-as-read. */
export const MarkReadResponseSchema = z.object({ success: z.literal(true) });

/** Graph API error envelope. */
export const GraphErrorSchema = z.object({
  error: z.object({
    code: z.number().int(),
    message: z.string().optional(),
    error_subcode: z.number().int().optional(),
    is_transient: z.boolean().optional(),
    fbtrace_id: z.string().optional(),
  }),
});

/** Error 131047: outside the 24-hour customer-service window. */
export const WINDOW_CLOSED_CODE = 131047;

/**
 * Error codes worth retrying after a pause: API unknown/service (1, 2),
 * app throttling (4), account throughput (80007, 130429), the generic
 * "something went wrong" (131000), too many messages to one user (131056),
 * and server temporarily unavailable (133004).
 */
export const RETRYABLE_CODES: ReadonlySet<number> = new Set([1, 2, 4, 80007, 130429, 131000, 131056, 133004]);

const RATE_LIMIT_CODES: ReadonlySet<number> = new Set([4, 80007, 130429, 131056]);

/** What to do with one HTTP answer. */
export type Outcome =
  | { kind: 'ok'; json: unknown; status: number }
  | { kind: 'retry'; reason: TransientReason; code?: number; status?: number }
  | { kind: 'fail'; error: GraphSendError };

/**
 * Classifies a Graph API answer. 2xx is success. 131047 closes the window.
 * 5xx, HTTP 429, the codes in {@link RETRYABLE_CODES} and `is_transient`
 * errors are retried. Any other status is permanent.
 */
export function classify(status: number, json: unknown): Outcome {
  if (status >= 200 && status < 300) return { kind: 'ok', json, status };
  const parsed = GraphErrorSchema.safeParse(json);
  const error = parsed.success ? parsed.data.error : undefined;
  const code = error?.code;
  if (code === WINDOW_CLOSED_CODE) return { kind: 'fail', error: new WindowClosedError(error?.fbtrace_id) };
  const rateLimited = status === 429 || (code !== undefined && RATE_LIMIT_CODES.has(code));
  if (rateLimited) return { kind: 'retry', reason: 'rate_limit', code, status };
  if (status >= 500 || (code !== undefined && RETRYABLE_CODES.has(code)) || error?.is_transient === true) {
    return { kind: 'retry', reason: 'server', code, status };
  }
  return { kind: 'fail', error: new PermanentSendError(code ?? status, error?.message ?? '', status, error?.fbtrace_id) };
}
