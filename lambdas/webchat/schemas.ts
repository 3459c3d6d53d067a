import * as z from 'zod';

/** Scalars only: a button's `{choice}` or a start event's `{topic, language, source}`. */
const activityValue = z.record(z.string().max(64), z.union([z.string().max(500), z.number(), z.boolean()]));

/** What a web chat client may post; unknown fields are dropped, never stored. */
export const inboundActivity = z.object({
  type: z.enum(['message', 'event']),
  text: z.string().max(2000).optional(),
  name: z.string().max(64).optional(),
  value: activityValue.optional(),
  locale: z.string().max(35).optional(),
  /**
   * The client's own id for the activity (Bot Framework Web Chat's name for
   * it), kept across its retries: a POST whose answer was lost on a bad
   * network can be sent again without the bot answering twice.
   */
  channelData: z
    .object({ clientActivityID: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'clientActivityID must be 8 to 64 letters, digits, - or _').optional() })
    .optional(),
});

export type InboundActivity = z.infer<typeof inboundActivity>;

/** POST /conversations and /tokens/generate may carry a body we do not need; accept any object. */
export const startBody = z.object({}).passthrough().optional();

export const watermarkParam = z
  .string()
  .regex(/^\d{0,10}$/, 'watermark must be a whole number')
  .transform((w) => (w === '' ? 0 : Number(w)));
