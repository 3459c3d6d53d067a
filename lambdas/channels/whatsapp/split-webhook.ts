import type { UserInput } from '../../core/conversation/messages';
import { toUserInput } from './inbound-mapping';
import {
  isMessagesChange,
  parseWebhook,
  type WebhookError,
  type WebhookMessage,
  type WebhookStatus,
} from './webhook-schema';

/** One user message, reduced to what the core and the worker need. */
export interface InboundMessage {
  /** The `wamid`, used to de-duplicate redelivered webhooks and to mark the message read. */
  id: string;
  /** The sender's `wa_id`, which is also the `to` of our replies. */
  from: string;
  /** When the user sent it, in epoch milliseconds. It opens the 24-hour window (see `window.ts`). */
  timestamp: number;
  /** Our business number that received it. */
  phoneNumberId: string;
  /** The sender's WhatsApp profile name, when Meta sends one. */
  contactName?: string;
  input: UserInput;
  /**
   * False for messages that deserve no answer: a reaction (👍 to our
   * message) or a system notice (number changed). They still count as
   * activity for the window.
   */
  needsReply: boolean;
}

/** Delivery status of a message we sent. */
export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';

/** A status webhook for one of our messages. De-duplicate by `id` + `status`. */
export interface StatusUpdate {
  /** The `wamid` of our outbound message. */
  id: string;
  recipientId: string;
  status: DeliveryStatus;
  /** Epoch milliseconds. Statuses may arrive out of order, and `delivered` may be skipped. */
  timestamp: number;
  errors?: { code: number; title: string }[];
}

/** Everything actionable in one webhook delivery. */
export interface SplitWebhook {
  messages: InboundMessage[];
  statuses: StatusUpdate[];
  /** Errors Meta reports on the change itself (not tied to a message). */
  errors: { code: number; title: string }[];
}

const DELIVERY_STATUSES: ReadonlySet<string> = new Set<DeliveryStatus>(['sent', 'delivered', 'read', 'failed']);

/**
 * Validates a webhook body and flattens it into inbound messages and
 * status updates, in the order Meta sent them. A delivery can batch several
 * entries and changes. Changes other than `messages` are ignored, and so are
 * status values other than the four above (they need no action).
 *
 * @param body the parsed JSON body. Verify the signature first.
 * @throws InvalidWebhookError if the body is not a WhatsApp webhook (see `parseWebhook`).
 */
export function splitWebhook(body: unknown): SplitWebhook {
  const out: SplitWebhook = { messages: [], statuses: [], errors: [] };
  for (const entry of parseWebhook(body).entry) {
    for (const change of entry.changes) {
      if (!isMessagesChange(change)) continue;
      const { metadata, contacts = [], messages = [], statuses = [], errors = [] } = change.value;
      const nameOf = (waId: string): string | undefined =>
        (contacts.find((c) => c.wa_id === waId) ?? (contacts.length === 1 ? contacts[0] : undefined))?.profile?.name;
      for (const m of messages) out.messages.push(toInbound(m, metadata.phone_number_id, nameOf(m.from)));
      for (const s of statuses) {
        const update = toStatus(s);
        if (update) out.statuses.push(update);
      }
      out.errors.push(...errors.map(summarise));
    }
  }
  return out;
}

function toInbound(m: WebhookMessage, phoneNumberId: string, contactName: string | undefined): InboundMessage {
  const { input, needsReply } = toUserInput(m);
  return {
    id: m.id,
    from: m.from,
    timestamp: toMillis(m.timestamp),
    phoneNumberId,
    ...(contactName ? { contactName } : {}),
    input,
    needsReply,
  };
}

function toStatus(s: WebhookStatus): StatusUpdate | null {
  if (!DELIVERY_STATUSES.has(s.status)) return null;
  return {
    id: s.id,
    recipientId: s.recipient_id,
    status: s.status as DeliveryStatus,
    timestamp: toMillis(s.timestamp),
    ...(s.errors?.length ? { errors: s.errors.map(summarise) } : {}),
  };
}

function summarise(e: WebhookError): { code: number; title: string } {
  return { code: e.code, title: e.title ?? e.message ?? '' };
}

function toMillis(seconds: string | number): number {
  return Number(seconds) * 1000;
}
