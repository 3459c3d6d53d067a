import * as z from 'zod/mini';

/**
 * Zod schemas for the Cloud API webhook POST body. Only the fields Pathways
 * reads are modelled; zod drops the rest, so new fields from Meta
 * (`user_id`, `referral`, pricing...) pass through harmlessly and
 * third-party data we never use (shared contacts' numbers, order
 * contents) is not kept. A message `type` we do not know still parses; the
 * splitter treats it as unsupported. A change whose `field` is not
 * `messages` (group events, account updates) is accepted and keeps only its
 * field name.
 *
 * Written with zod/mini: the webhook function must cold-start close to a
 * bare Node process, and mini tree-shakes to a few kilobytes.
 */

/** Unix seconds, sent as a string (numbers are tolerated). */
const UnixSeconds = z.union([z.string().check(z.regex(/^\d{1,12}$/)), z.int().check(z.nonnegative())]);

/** An error in a webhook: on an unsupported message, a failed status, or the change itself. */
export const WebhookErrorSchema = z.object({
  code: z.int(),
  title: z.optional(z.string()),
  message: z.optional(z.string()),
});

const Media = z.object({
  id: z.string(),
  mime_type: z.optional(z.string()),
  caption: z.optional(z.string()),
  filename: z.optional(z.string()),
  /** Audio only: true for a voice note recorded in WhatsApp. */
  voice: z.optional(z.boolean()),
  /** Sticker only. */
  animated: z.optional(z.boolean()),
});

const Interactive = z.object({
  /** `button_reply`, `list_reply`, or another reply kind (e.g. `nfm_reply` from Flows). */
  type: z.string(),
  button_reply: z.optional(z.object({ id: z.string(), title: z.string() })),
  list_reply: z.optional(z.object({ id: z.string(), title: z.string(), description: z.optional(z.string()) })),
});

/** One message from a user. The payload field present depends on `type`. */
export const WebhookMessageSchema = z.object({
  id: z.string().check(z.minLength(1)),
  from: z.string().check(z.minLength(1)),
  timestamp: UnixSeconds,
  type: z.string().check(z.minLength(1)),
  context: z.optional(z.object({ from: z.optional(z.string()), id: z.optional(z.string()) })),
  text: z.optional(z.object({ body: z.string() })),
  interactive: z.optional(Interactive),
  /** Quick-reply button on a template message. `payload` is set by us when the template was sent. */
  button: z.optional(z.object({ text: z.string(), payload: z.optional(z.string()) })),
  image: z.optional(Media),
  audio: z.optional(Media),
  video: z.optional(Media),
  document: z.optional(Media),
  sticker: z.optional(Media),
  location: z.optional(z.object({ latitude: z.number(), longitude: z.number() })),
  contacts: z.optional(z.array(z.object({ name: z.optional(z.object({ formatted_name: z.optional(z.string()) })) }))),
  /** `emoji` is missing when the user removes a reaction. */
  reaction: z.optional(z.object({ message_id: z.string(), emoji: z.optional(z.string()) })),
  order: z.optional(z.object({ catalog_id: z.string() })),
  system: z.optional(z.object({ type: z.optional(z.string()) })),
  errors: z.optional(z.array(WebhookErrorSchema)),
});

/** A delivery status of a message we sent: sent, delivered, read, failed (others are tolerated). */
export const WebhookStatusSchema = z.object({
  id: z.string().check(z.minLength(1)),
  status: z.string().check(z.minLength(1)),
  timestamp: UnixSeconds,
  recipient_id: z.string().check(z.minLength(1)),
  errors: z.optional(z.array(WebhookErrorSchema)),
});

/** `value` of a `messages` change. */
export const MessagesValueSchema = z.object({
  messaging_product: z.literal('whatsapp'),
  metadata: z.object({ phone_number_id: z.string().check(z.minLength(1)), display_phone_number: z.optional(z.string()) }),
  contacts: z.optional(z.array(z.object({ wa_id: z.optional(z.string()), profile: z.optional(z.object({ name: z.optional(z.string()) })) }))),
  messages: z.optional(z.array(WebhookMessageSchema)),
  statuses: z.optional(z.array(WebhookStatusSchema)),
  errors: z.optional(z.array(WebhookErrorSchema)),
});

const MessagesChangeSchema = z.object({ field: z.literal('messages'), value: MessagesValueSchema });

/** Any other subscribed field: accepted, its value dropped unread. */
const OtherChangeSchema = z.object({ field: z.string().check(z.refine((f) => f !== 'messages', 'not a messages change')) });

/** The whole webhook POST body. */
export const WebhookPayloadSchema = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(z.object({ id: z.string(), changes: z.array(z.union([MessagesChangeSchema, OtherChangeSchema])) })),
});

/** Validated webhook body (unknown keys stripped). */
export type WebhookPayload = z.infer<typeof WebhookPayloadSchema>;
/** One `entry[].changes[]` item: a `messages` change or any other field. */
export type WebhookChange = WebhookPayload['entry'][number]['changes'][number];
/** A change with `field: 'messages'` and its validated value. */
export type MessagesChange = z.infer<typeof MessagesChangeSchema>;
/** One validated inbound message. */
export type WebhookMessage = z.infer<typeof WebhookMessageSchema>;
/** One validated status item. */
export type WebhookStatus = z.infer<typeof WebhookStatusSchema>;
/** One validated error item. */
export type WebhookError = z.infer<typeof WebhookErrorSchema>;

/** Narrows a change to the `messages` kind (TypeScript cannot narrow the union on a plain string). */
export function isMessagesChange(change: WebhookChange): change is MessagesChange {
  return change.field === 'messages';
}

/**
 * Thrown for a body that is not a WhatsApp webhook we understand. The
 * message lists only paths and issue codes, never values, so it is safe to
 * log (no phone numbers, no message text).
 */
export class InvalidWebhookError extends Error {
  override readonly name = 'InvalidWebhookError';
  constructor(readonly issues: readonly { path: string; code: string }[]) {
    super(`invalid WhatsApp webhook: ${issues.map((i) => `${i.path || '(root)'} ${i.code}`).join('; ')}`);
  }
}

/**
 * Validates a parsed JSON webhook body. Verify the signature over the raw
 * bytes before calling this.
 *
 * @throws InvalidWebhookError if the body does not match the schema.
 */
export function parseWebhook(body: unknown): WebhookPayload {
  const result = WebhookPayloadSchema.safeParse(body);
  if (result.success) return result.data;
  throw new InvalidWebhookError(result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code })));
}
