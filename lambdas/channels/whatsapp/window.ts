/**
 * The 24-hour customer-service window. Free-form messages (everything
 * `renderReply` produces) may be sent only within 24 hours of the person's
 * last message. After that, Meta answers error 131047 and only approved
 * templates may be sent. All times are epoch milliseconds.
 */

/** Length of the customer-service window. */
export const WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * True while free-form replies are allowed. `marginMs` closes the window
 * early, so a reply queued near the end is not sent after it has closed.
 * A `lastInboundAt` slightly in the future (clock skew) counts as open.
 * Non-finite inputs count as closed, so bad data never leads to a send that
 * would be rejected.
 */
export function isWindowOpen(lastInboundAt: number, now: number, marginMs = 0): boolean {
  if (!Number.isFinite(lastInboundAt) || !Number.isFinite(now)) return false;
  return now - lastInboundAt < WINDOW_MS - Math.max(0, marginMs);
}

/** When the window opened by a message at `lastInboundAt` closes (epoch ms). */
export function windowClosesAt(lastInboundAt: number): number {
  return lastInboundAt + WINDOW_MS;
}

/** Milliseconds left in the window; 0 once it is closed. */
export function windowRemainingMs(lastInboundAt: number, now: number): number {
  if (!Number.isFinite(lastInboundAt) || !Number.isFinite(now)) return 0;
  return Math.max(0, windowClosesAt(lastInboundAt) - now);
}
