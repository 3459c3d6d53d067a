/**
 * The port through which an adviser's message reaches the person, on the
 * channel they used. Implemented outside the core (see
 * lambdas/adapters/delivery/adviser-delivery.ts); the advisers' API stores
 * the message on the referral first, then records what delivery answered.
 */
export interface AdviserMessageTarget {
  code: string;
  channel: 'webchat' | 'whatsapp';
  /** Absent once the person withdrew or erased their data: nothing can be delivered. */
  userKey?: string;
  /** WhatsApp number (only with consent). */
  contact?: string;
  /** Web chat conversation to append to. */
  conversationId?: string;
  language?: string;
}

export interface AdviserMessage {
  id: string;
  text: string;
  at: number;
}

/**
 * - `delivered`: the person can see it now (web chat: appended to their conversation).
 * - `held`: kept for the person's next message (WhatsApp: free-form messages are only
 *   allowed within 24 hours of the person writing, so the bot worker sends it then).
 * - `undeliverable`: no way to reach them (chat closed, data removed).
 */
export type DeliveryOutcome = 'delivered' | 'held' | 'undeliverable';

export type DeliverAdviserMessage = (target: AdviserMessageTarget, message: AdviserMessage) => Promise<DeliveryOutcome>;
