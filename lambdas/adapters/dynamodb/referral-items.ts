import * as z from 'zod';
import { CLOSE_OUTCOMES, REFERRAL_STATUSES, type ReferralStatus } from '../../core/screening/referral-status';

/**
 * How referrals are stored. One item per referral (`REF#<code>` / `META`)
 * holds the case, its notes and messages, so every change is one
 * conditional write; its audit trail is append-only items beside it
 * (`AUDIT#<seq>`); a pointer under the person's partition (`U#…` /
 * `REF#<code>`) lets "erase my data" find it. The queue is the GSI:
 * `ORG#<org>#<status>`, sorted urgent first, then oldest first.
 */
export const referralKey = (code: string) => ({ pk: `REF#${code}`, sk: 'META' });
export const pointerKey = (userKey: string, code: string) => ({ pk: userKey, sk: `REF#${code}` });
export const auditKey = (code: string, seq: number) => ({ pk: `REF#${code}`, sk: `AUDIT#${String(seq).padStart(6, '0')}` });
export const queuePartition = (org: string, status: ReferralStatus) => `ORG#${org}#${status}`;
export const queueLanguagePartition = (org: string, status: ReferralStatus, language: string) => `${queuePartition(org, status)}#${language}`;
/** `0#…` (urgent) sorts before `1#…`; ISO times sort by age; the code keeps keys unique. */
export const queueSort = (urgent: boolean, createdAt: number, code: string) => `${urgent ? 0 : 1}#${new Date(createdAt).toISOString()}#${code}`;

export const actorSchema = z.object({
  kind: z.enum(['adviser', 'user', 'system']),
  id: z.string().max(200),
  email: z.string().max(320).optional(),
});
export type Actor = z.infer<typeof actorSchema>;

export const AUDIT_ACTIONS = [
  'created',
  'viewed',
  'claimed',
  'note-added',
  'message-sent',
  'status-changed',
  'withdrawn',
  'personal-data-removed',
  'escalated',
  'user-replied',
  'chat-opened',
  'chat-closed',
] as const;

/** Audit details are ids and states only, never text, so erasing personal data never breaks the chain. */
export const auditEntrySchema = z.object({
  code: z.string(),
  seq: z.number().int().min(1),
  at: z.number(),
  actor: actorSchema,
  action: z.enum(AUDIT_ACTIONS),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/**
 * How an advisers'-side message reached the person: `pending` (queued for the
 * channel), `delivered` (shown in the web chat, or accepted by WhatsApp),
 * `notified` (WhatsApp window closed: a template told the person a reply is
 * waiting), `held` (waiting for the person's next message), `undeliverable`
 * (no way to reach them) or `failed` (refused by the channel).
 */
export const DELIVERY_STATES = ['pending', 'delivered', 'notified', 'held', 'undeliverable', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export const noteSchema = z.object({ id: z.string(), at: z.number(), by: actorSchema, text: z.string() });
export const messageSchema = z.object({
  id: z.string(),
  at: z.number(),
  from: z.enum(['adviser', 'user']),
  by: actorSchema.optional(),
  text: z.string(),
  delivery: z.enum(DELIVERY_STATES),
});
export type Note = z.infer<typeof noteSchema>;
export type Message = z.infer<typeof messageSchema>;

const answer = z.union([z.string(), z.number(), z.null()]);

export const CHAT_ENDERS = ['adviser', 'person', 'system'] as const;
export const chatSchema = z.object({
  open: z.boolean(),
  openedAt: z.number(),
  closedAt: z.number().optional(),
  closedBy: z.enum(CHAT_ENDERS).optional(),
});
export type Chat = z.infer<typeof chatSchema>;

/** A stored referral. Personal fields are optional: they are removed on withdrawal or erasure. */
export const referralItemSchema = z.object({
  code: z.string(),
  org: z.string(),
  pathway: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  urgent: z.boolean(),
  channel: z.enum(['webchat', 'whatsapp']),
  language: z.string().optional(),
  country: z.string().optional(),
  contact: z.string().optional(),
  conversationId: z.string().optional(),
  userKey: z.string().optional(),
  answers: z.record(z.string(), answer).optional(),
  isco: z.string().optional(),
  criteriaMet: z.array(z.string()),
  criteriaMissed: z.array(z.string()),
  topicsRead: z.array(z.string()).optional(),
  source: z.string().optional(),
  consent: z.object({
    noticeVersion: z.string(),
    at: z.number(),
    language: z.string().optional(),
    organisation: z.string(),
    retentionDays: z.number(),
    shared: z.array(z.string()),
  }),
  createdAt: z.number(),
  updatedAt: z.number(),
  claimedBy: actorSchema.optional(),
  claimedAt: z.number().optional(),
  outcome: z.enum(CLOSE_OUTCOMES).optional(),
  escalatedAt: z.number().optional(),
  /** The live chat: while open, the person's messages come to the adviser instead of the bot. */
  chat: chatSchema.optional(),
  /** When an adviser last had the case open in the console: "a person is on the line" while recent. */
  adviserSeenAt: z.number().optional(),
  personalDataRemovedAt: z.number().optional(),
  notes: z.array(noteSchema),
  messages: z.array(messageSchema),
  auditSeq: z.number().int(),
  auditHead: z.string(),
  lastAudit: auditEntrySchema.optional(),
  expiresAt: z.number(),
});
export type ReferralItem = z.infer<typeof referralItemSchema>;

/** Parses a stored item; a malformed one is a bug or tampering, so it throws rather than guessing. */
export function parseReferralItem(raw: Record<string, unknown>): ReferralItem {
  return referralItemSchema.parse(raw);
}
