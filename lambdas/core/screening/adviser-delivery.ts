/**
 * The port through which the advisers' side reaches the person, on the
 * channel they used. Implemented outside the core (see
 * lambdas/adapters/delivery/adviser-delivery.ts); the advisers' API stores
 * an adviser's message on the referral first, then records what delivery
 * answered.
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
  /** An adviser's words (`message`, shown under "Message from your adviser") or a notice already in the person's language. */
  kind: 'message' | 'notice';
  text: string;
  at: number;
}

/**
 * - `delivered`: the person can see it now (web chat: appended to their conversation).
 * - `pending`: handed to the WhatsApp worker, which sends it at once while the
 *   24-hour window is open and otherwise announces it with a template.
 * - `held`: kept for the person's next message (the worker could not be reached).
 * - `undeliverable`: no way to reach them (chat closed, data removed).
 */
export type DeliveryOutcome = 'delivered' | 'pending' | 'held' | 'undeliverable';

export type DeliverAdviserMessage = (target: AdviserMessageTarget, message: AdviserMessage) => Promise<DeliveryOutcome>;
