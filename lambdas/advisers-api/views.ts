import type * as z from 'zod';
import type { ReferralItem } from '../adapters/dynamodb/referral-items';
import type { AuditEntry } from '../adapters/dynamodb/referral-items';
import type { ChainCheck } from '../adapters/dynamodb/audit-chain';
import { isLanguageCode, languageOf } from '../core/languages';
import type { PathwaysCatalogue, Question } from '../core/screening/catalogue';
import { ADVISER_TRANSITIONS } from '../core/screening/referral-status';
import type { ScreeningT } from '../core/screening/types';
import type { auditResponse, chatView, conversationResponse, detail, summary, windowView } from './schemas';
import { isWindowOpen, windowClosesAt } from '../channels/whatsapp/window';
import type { AdviserIdentity } from '../adapters/security/adviser-identity';

export interface ViewDeps {
  catalogue: PathwaysCatalogue;
  /** Screening strings in a language (English for advisers, the person's for the original). */
  screeningT: (language: string) => ScreeningT;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function pathwayName(deps: ViewDeps, pathway: string): string {
  if (pathway === 'urgent') return 'Urgent safety contact';
  return deps.catalogue.routes.find((r) => r.id === pathway)?.name ?? pathway;
}

export function toSummary(deps: ViewDeps, item: ReferralItem): z.infer<typeof summary> {
  return {
    code: item.code,
    status: item.status,
    urgent: item.urgent,
    pathway: item.pathway,
    pathwayName: pathwayName(deps, item.pathway),
    language: item.language ?? null,
    country: item.country ?? null,
    channel: item.channel,
    createdAt: iso(item.createdAt),
    claimedBy: item.claimedBy ? (item.claimedBy.email ?? item.claimedBy.id) : null,
    escalated: item.escalatedAt !== undefined,
  };
}

/**
 * The one-screen case summary. The person's contact is shown only to the
 * adviser who claimed the case (and to leads): claiming is the moment an
 * adviser takes responsibility for contacting them.
 */
export function toDetail(deps: ViewDeps, item: ReferralItem, who: AdviserIdentity, lastInboundAt: number | null | undefined, now: number): z.infer<typeof detail> {
  const language = item.language && isLanguageCode(item.language) ? languageOf(item.language) : undefined;
  const mayContact = who.lead || item.claimedBy?.id === who.id;
  return {
    ...toSummary(deps, item),
    organisation: item.org,
    languageName: language?.name ?? null,
    dir: language?.dir ?? 'ltr',
    contact: mayContact ? (item.contact ?? null) : null,
    contactHidden: !mayContact && item.contact !== undefined,
    isco: item.isco ?? null,
    answers: answersOf(deps, item),
    criteriaMet: item.criteriaMet,
    criteriaMissed: item.criteriaMissed,
    topicsRead: item.topicsRead ?? [],
    source: item.source ?? null,
    consent: { noticeVersion: item.consent.noticeVersion, at: iso(item.consent.at), organisation: item.consent.organisation, retentionDays: item.consent.retentionDays, shared: item.consent.shared },
    outcome: item.outcome ?? null,
    personalDataRemoved: item.personalDataRemovedAt !== undefined,
    notes: item.notes.map((n) => ({ id: n.id, at: iso(n.at), by: n.by, text: n.text })),
    messages: item.messages.map(toMessage),
    allowedStatuses: [...ADVISER_TRANSITIONS[item.status]].filter((s) => s !== 'claimed'),
    chat: toChat(item),
    whatsappWindow: toWindow(lastInboundAt, now),
  };
}

const toMessage = (m: ReferralItem['messages'][number]) => ({ id: m.id, at: iso(m.at), from: m.from, by: m.by ?? null, text: m.text, delivery: m.delivery });

function toChat(item: ReferralItem): z.infer<typeof chatView> | null {
  const chat = item.chat;
  if (!chat) return null;
  return { open: chat.open, openedAt: iso(chat.openedAt), closedAt: chat.closedAt === undefined ? null : iso(chat.closedAt), closedBy: chat.closedBy ?? null };
}

/**
 * WhatsApp's 24-hour window as the console shows it: `null` for web chat
 * (no window); `open: false` with no times when the person's last message
 * is not known (their state expired).
 */
function toWindow(lastInboundAt: number | null | undefined, now: number): z.infer<typeof windowView> | null {
  if (lastInboundAt === undefined) return null;
  if (lastInboundAt === null) return { open: false, lastMessageAt: null, closesAt: null };
  return { open: isWindowOpen(lastInboundAt, now), lastMessageAt: iso(lastInboundAt), closesAt: iso(windowClosesAt(lastInboundAt)) };
}

/** What the console polls: messages after its last one, and the chat and window as they are now. */
export function toConversation(item: ReferralItem, messages: ReferralItem['messages'], lastInboundAt: number | null | undefined, now: number): z.infer<typeof conversationResponse> {
  return {
    code: item.code,
    at: iso(now),
    messages: messages.map(toMessage),
    deliveries: item.messages.filter((m) => m.from === 'adviser').map((m) => ({ id: m.id, delivery: m.delivery })),
    chat: toChat(item),
    whatsappWindow: toWindow(lastInboundAt, now),
  };
}

function answersOf(deps: ViewDeps, item: ReferralItem): z.infer<typeof detail>['answers'] {
  if (!item.answers) return [];
  const en = deps.screeningT('en');
  const theirs = deps.screeningT(item.language ?? 'en');
  const answers = item.answers;
  return deps.catalogue.questions
    .filter((q) => q.id in answers)
    .map((q) => {
      const value = answers[q.id] ?? null;
      if (value === null) return { question: q.id, label: q.label, answer: 'skipped', original: '', skipped: true };
      return { question: q.id, label: q.label, answer: title(q, value, answers, en), original: title(q, value, answers, theirs), skipped: false };
    });
}

function title(q: Question, value: string | number, answers: Record<string, unknown>, t: ScreeningT): string {
  if (q.type !== 'choice') return String(value);
  if (q.isco === 'major') return `${t(`isco.major.${value}.title`)} (ISCO ${value})`;
  if (q.isco) return `${t(`isco.sub.${value}`)} (ISCO ${value})`;
  return q.choices?.includes(String(value)) ? t(`q.${q.id}.choices.${value}`) : String(value);
}

export function toAudit(code: string, trail: { entries: AuditEntry[]; check: ChainCheck }): z.infer<typeof auditResponse> {
  return {
    code,
    entries: trail.entries.map((e) => ({ seq: e.seq, at: iso(e.at), actor: e.actor, action: e.action, details: e.details ?? null, prevHash: e.prevHash, hash: e.hash })),
    verification: trail.check,
  };
}
