/**
 * How long each kind of personal item is kept by default (days). The one
 * place these numbers live: configuration defaults, the privacy notice and
 * page, and the README's data inventory all read them from here.
 */
export const DEFAULT_RETENTION_DAYS = {
  /** Language, menu position, topics read: the conversation state. */
  state: 90,
  /** The bot's web chat messages, kept for polling. */
  webchat: 1,
  /** WhatsApp message ids, to answer each message once (Meta redelivers for up to a week). */
  dedup: 7,
  /** Delivery statuses of the bot's WhatsApp messages. */
  statuses: 30,
  /** A consented referral to an adviser, with the answers and contact it carries. */
  referrals: 180,
} as const;
