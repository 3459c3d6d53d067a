import * as z from 'zod';
import { CHAT_ENDERS, DELIVERY_STATES } from '../adapters/dynamodb/referral-items';
import { CLOSE_OUTCOMES, REFERRAL_STATUSES } from '../core/screening/referral-status';

/**
 * Every request and response of the advisers' API. Requests are parsed with
 * these; responses are built to them; the OpenAPI document is generated from
 * them (openapi.ts), so the three cannot drift apart.
 */
export const apiRegistry = z.registry<{ id: string; description?: string }>();
const named = <T extends z.ZodType>(schema: T, id: string, description?: string): T => {
  apiRegistry.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
};

export const referralCode = z.string().regex(/^PW-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/, 'expected a reference code like PW-7K3Q9');
export const status = named(z.enum(REFERRAL_STATUSES), 'ReferralStatus');
export const outcome = named(z.enum(CLOSE_OUTCOMES), 'CloseOutcome');

export const listQuery = z
  .object({
    status: status.default('new'),
    pathway: z.string().regex(/^[a-z0-9-]{1,60}$/).optional(),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/).optional(),
    urgency: z.enum(['urgent', 'normal']).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    cursor: z.string().max(600).optional(),
  })
  .strict();

export const noteBody = named(z.object({ text: z.string().trim().min(1).max(2000) }).strict(), 'NoteRequest');
export const messageBody = named(z.object({ text: z.string().trim().min(1).max(1000) }).strict(), 'MessageRequest', 'Sent to the person on their channel.');
export const statusBody = named(
  z.discriminatedUnion('status', [
    z.object({ status: z.literal('in_contact') }).strict(),
    z.object({ status: z.literal('referred_on'), outcome: outcome.optional() }).strict(),
    z.object({ status: z.literal('closed'), outcome }).strict(),
  ]),
  'StatusRequest',
  'Claimed → in_contact → referred_on | closed (with an outcome). Claiming has its own endpoint.',
);

const actor = named(z.object({ kind: z.enum(['adviser', 'user', 'system']), id: z.string(), email: z.string().optional() }), 'Actor');

export const summary = named(
  z.object({
    code: referralCode,
    status,
    urgent: z.boolean(),
    pathway: z.string(),
    pathwayName: z.string(),
    language: z.string().nullable(),
    country: z.string().nullable(),
    channel: z.enum(['webchat', 'whatsapp']),
    createdAt: z.iso.datetime(),
    claimedBy: z.string().nullable(),
    escalated: z.boolean(),
  }),
  'ReferralSummary',
);

export const answerView = named(
  z.object({
    question: z.string(),
    label: z.string(),
    /** In English, for the adviser. */
    answer: z.string(),
    /** As the person saw or wrote it, in their language. */
    original: z.string(),
    skipped: z.boolean(),
  }),
  'Answer',
);

export const noteView = named(z.object({ id: z.string(), at: z.iso.datetime(), by: actor, text: z.string() }), 'Note');
export const messageView = named(
  z.object({ id: z.string(), at: z.iso.datetime(), from: z.enum(['adviser', 'user']), by: actor.nullable(), text: z.string(), delivery: z.enum(DELIVERY_STATES) }),
  'Message',
);

export const chatView = named(
  z.object({ open: z.boolean(), openedAt: z.iso.datetime(), closedAt: z.iso.datetime().nullable(), closedBy: z.enum(CHAT_ENDERS).nullable() }),
  'LiveChat',
  "While open, the person's messages come to the adviser instead of the bot. The adviser's first message opens it; the adviser, a final status or the person (writing \"menu\") ends it.",
);
export const windowView = named(
  z.object({ open: z.boolean(), lastMessageAt: z.iso.datetime().nullable(), closesAt: z.iso.datetime().nullable() }),
  'WhatsAppWindow',
  "WhatsApp's 24-hour customer-service window. Open: replies go out at once. Closed: a reply waits, and an approved template tells the person to tap to read it.",
);

export const detail = named(
  summary.extend({
    organisation: z.string(),
    languageName: z.string().nullable(),
    dir: z.enum(['ltr', 'rtl']),
    /** Shown to the adviser who claimed the referral (and leads) only. */
    contact: z.string().nullable(),
    contactHidden: z.boolean(),
    isco: z.string().nullable(),
    answers: z.array(answerView),
    criteriaMet: z.array(z.string()),
    criteriaMissed: z.array(z.string()),
    topicsRead: z.array(z.string()),
    source: z.string().nullable(),
    consent: z.object({ noticeVersion: z.string(), at: z.iso.datetime(), organisation: z.string(), retentionDays: z.number(), shared: z.array(z.string()) }),
    outcome: outcome.nullable(),
    personalDataRemoved: z.boolean(),
    notes: z.array(noteView),
    messages: z.array(messageView),
    allowedStatuses: z.array(status),
    chat: chatView.nullable(),
    /** Null for web chat referrals. */
    whatsappWindow: windowView.nullable(),
  }),
  'ReferralDetail',
);

export const chatBody = named(z.object({ open: z.boolean() }).strict(), 'ChatRequest', 'Open or end the live chat.');
export const conversationQuery = z.object({ after: z.iso.datetime().optional() }).strict();
export const conversationResponse = named(
  z.object({
    code: referralCode,
    at: z.iso.datetime(),
    messages: z.array(messageView),
    /** How each of the advisers' messages reached the person so far (they change as the WhatsApp worker delivers them). */
    deliveries: z.array(z.object({ id: z.string(), delivery: z.enum(DELIVERY_STATES) })),
    chat: chatView.nullable(),
    whatsappWindow: windowView.nullable(),
  }),
  'Conversation',
  'Messages after `after`, delivery states of the advisers\' messages, and the live chat and WhatsApp window as they are now. Polling it keeps the adviser shown as present to the person; new messages from the person are audited as a view.',
);

export const listResponse = named(z.object({ items: z.array(summary), cursor: z.string().nullable() }), 'ReferralList');
export const countsResponse = named(z.object({ org: z.string(), counts: z.record(z.string(), z.number().int()) }), 'QueueCounts');
export const meResponse = named(z.object({ id: z.string(), email: z.string().nullable(), org: z.string(), orgName: z.string(), lead: z.boolean() }), 'Me');

export const chainCheck = named(
  z.union([z.object({ ok: z.literal(true), length: z.number().int() }), z.object({ ok: z.literal(false), brokenAt: z.number().int(), reason: z.string() })]),
  'AuditVerification',
);
export const auditEntryView = named(
  z.object({ seq: z.number().int(), at: z.iso.datetime(), actor, action: z.string(), details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).nullable(), prevHash: z.string(), hash: z.string() }),
  'AuditEntry',
);
export const auditResponse = named(z.object({ code: referralCode, entries: z.array(auditEntryView), verification: chainCheck }), 'AuditTrail');
export const signInResponse = named(
  z.object({
    flow: z.literal('authorization_code_pkce'),
    authorizeUrl: z.string(),
    tokenUrl: z.string(),
    /** Ends the sign-in session too (Cognito); null locally. */
    logoutUrl: z.string().nullable(),
    clientId: z.string(),
    scope: z.string(),
    /** The local dev authorization server, which signs in as any demo organisation. */
    local: z.boolean(),
  }),
  'SignIn',
  'How the console signs advisers in: OAuth 2.0 authorization code with PKCE (S256), for an ID token. Relative URLs are on this site.',
);
export const errorResponse = named(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'Error');
