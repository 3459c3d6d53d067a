import * as z from 'zod';

/**
 * What goes on the queue and the worker takes off it: one user message or
 * one status update (from the webhook, verified and reduced), or a request
 * to deliver what advisers said (from the advisers' API).
 * The worker parses it again, because a queue is an edge too.
 */
const userInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().max(4096) }),
  z.object({ kind: z.literal('choice'), id: z.string().max(256) }),
  z.object({ kind: z.literal('start'), topic: z.string().optional(), language: z.string().optional(), source: z.string().optional() }),
  z.object({ kind: z.literal('unsupported'), what: z.string().max(64) }),
]);

export const queueMessage = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('message'),
    id: z.string().min(1).max(256),
    from: z.string().min(1).max(64),
    timestamp: z.number(),
    phoneNumberId: z.string().max(64),
    input: userInput,
    needsReply: z.boolean(),
  }),
  z.object({
    kind: z.literal('status'),
    id: z.string().min(1).max(256),
    recipientId: z.string().min(1).max(64),
    status: z.enum(['sent', 'delivered', 'read', 'failed']),
    timestamp: z.number(),
    errors: z.array(z.object({ code: z.number(), title: z.string().max(500) })).optional(),
  }),
  /**
   * From the advisers' API: something is held for this person (an adviser's
   * message, or a notice that an adviser joined or left). Queued in the
   * person's message group, so it never races their own messages.
   */
  z.object({
    kind: z.literal('deliver'),
    /** The person's `wa_id`, from their consented referral. */
    to: z.string().min(1).max(64),
  }),
]);

export type QueueMessage = z.infer<typeof queueMessage>;

/** One entry for a FIFO queue: ordered per person, de-duplicated per message or status. */
export interface QueueEntry {
  body: string;
  groupId: string;
  deduplicationId: string;
}

/** Sends entries to the inbound queue; throws if any entry was not accepted (Meta will redeliver). */
export type EnqueueEntries = (entries: QueueEntry[]) => Promise<void>;
