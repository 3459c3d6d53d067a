/**
 * Typed failures of the Graph API client, so the worker can pick the next
 * step: re-queue (transient), send a template or give up (window closed),
 * alert (permanent). Messages carry codes and Meta's error title, never
 * message text or phone numbers, so they are safe to log.
 */

/** Base class; `retryable` says whether trying the same send later may succeed. */
export abstract class GraphSendError extends Error {
  abstract readonly retryable: boolean;
}

/** Error 131047: more than 24 hours since the person last wrote; only a template may be sent now. */
export class WindowClosedError extends GraphSendError {
  override readonly name = 'WindowClosedError';
  readonly retryable = false;
  readonly code = 131047;
  constructor(readonly fbtraceId?: string) {
    super('WhatsApp customer-service window is closed (131047); only a template message can be sent');
  }
}

/** A 4xx that will fail again as it is (bad payload, unknown recipient, expired token...). */
export class PermanentSendError extends GraphSendError {
  override readonly name = 'PermanentSendError';
  readonly retryable = false;
  readonly title: string;
  constructor(
    readonly code: number,
    title: string,
    readonly httpStatus: number,
    readonly fbtraceId?: string,
  ) {
    const safe = safeTitle(title);
    super(`WhatsApp send failed permanently: HTTP ${httpStatus}, code ${code}${safe ? ` (${safe})` : ''}`);
    this.title = safe;
  }
}

/** Why the last attempt of a transient failure failed. */
export type TransientReason = 'timeout' | 'network' | 'server' | 'rate_limit';

/** Still failing after every attempt (timeouts, 5xx, rate limits). The caller may re-queue. */
export class TransientSendError extends GraphSendError {
  override readonly name = 'TransientSendError';
  readonly retryable = true;
  constructor(
    readonly reason: TransientReason,
    readonly attempts: number,
    readonly code?: number,
    readonly httpStatus?: number,
  ) {
    super(
      `WhatsApp send still failing after ${attempts} attempt(s): ${reason}` +
        (httpStatus ? `, HTTP ${httpStatus}` : '') +
        (code !== undefined ? `, code ${code}` : ''),
    );
  }
}

/** A 2xx whose body is not what the API documents. Not retried: the send may have gone out. */
export class UnexpectedResponseError extends GraphSendError {
  override readonly name = 'UnexpectedResponseError';
  readonly retryable = false;
  constructor(readonly httpStatus: number) {
    super(`WhatsApp API returned HTTP ${httpStatus} with an unexpected body`);
  }
}

/**
 * Meta's titles are generic ("Re-engagement message"), but to be safe,
 * digit runs long enough to be a phone number are masked, and the length
 * is capped.
 */
function safeTitle(title: string): string {
  return title
    .replace(/\+?\d[\d\s().-]{6,}\d/g, '[number]')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
}
