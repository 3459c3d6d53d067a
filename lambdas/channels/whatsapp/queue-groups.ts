import { createHash } from 'node:crypto';

/**
 * FIFO message groups on the WhatsApp queue. SQS keeps order within a group
 * and runs groups in parallel, so a group is exactly what must stay in order.
 */

/**
 * A person's messages (and what advisers send them): their keyed hash
 * without the `U#` prefix, so the queue never shows a number, and so the
 * webhook (from the number) and the advisers' API (from the referral's key)
 * pick the same group.
 */
export function messageGroupOf(userKey: string): string {
  return userKey.slice(2);
}

/**
 * A delivery status: a group of its own. Statuses are recorded in any order
 * (a late `sent` never overwrites `read`), so nothing needs to wait behind
 * one, and a person's next message never waits behind the statuses of the
 * bot's last replies. Hashed: group ids may hold at most 128 characters.
 */
export function statusGroupOf(outboundMessageId: string): string {
  return `S${createHash('sha256').update(outboundMessageId).digest('base64url').slice(0, 22)}`;
}
