import { iscoCode } from './isco';
import type { Answers, NewReferral } from './ports';
import { referralCodeFrom } from './referral-code';
import { countryOf } from './routing';
import { policyOf, type ScreeningContext } from './types';

/** Draws after a collision before giving up; five collisions in a row mean something else is wrong. */
const MAX_CODE_ATTEMPTS = 5;

export interface ReferralDraft {
  /** Drawn when consent was asked, so a re-run turn creates the same referral, not a second one. */
  code: string;
  pathway: string;
  organisation: string;
  urgent: boolean;
  answers: Answers;
  criteriaMet: string[];
  criteriaMissed: string[];
}

/** What is shared, in stable words stored with the consent (the translated text says the same). */
export function sharedItems(ctx: Pick<ScreeningContext, 'who'>, urgent: boolean): string[] {
  const contact = ctx.who.channel === 'whatsapp' ? 'whatsapp-number' : 'webchat-conversation';
  return urgent ? ['language', contact, 'urgency'] : ['answers', 'language', 'country', contact, 'topics-read'];
}

/**
 * Creates the referral the person has just agreed to. Only ever called from
 * a "yes" to a consent question: the consent record (notice version, time,
 * organisation, retention, what is shared) is part of the referral itself.
 * @returns the reference code, or undefined when no free code was found.
 */
export async function createReferral(ctx: ScreeningContext, draft: ReferralDraft): Promise<string | undefined> {
  const { who } = ctx;
  const policy = policyOf(ctx);
  const country = countryOf(draft.answers.country);
  const isco = iscoOf(ctx, draft.answers);
  const referral: NewReferral = {
    code: draft.code,
    userKey: who.userKey,
    channel: who.channel,
    ...(who.channel === 'whatsapp' && who.contact ? { contact: who.contact } : {}),
    ...(who.channel === 'webchat' && who.conversationId ? { conversationId: who.conversationId } : {}),
    language: ctx.language,
    ...(country ? { country } : {}),
    pathway: draft.pathway,
    organisation: draft.organisation,
    urgent: draft.urgent,
    answers: draft.answers,
    ...(isco ? { isco } : {}),
    criteriaMet: draft.criteriaMet,
    criteriaMissed: draft.criteriaMissed,
    topicsRead: draft.urgent ? [] : [...who.seenTopics],
    ...(who.source && !draft.urgent ? { source: who.source } : {}),
    consent: {
      noticeVersion: ctx.catalogue.noticeVersion,
      at: ctx.now,
      language: ctx.language,
      organisation: draft.organisation,
      retentionDays: policy.retentionDays,
      shared: sharedItems(ctx, draft.urgent),
    },
    createdAt: ctx.now,
  };
  for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
    const code = attempt === 0 ? draft.code : referralCodeFrom(ctx.newId());
    const result = await ctx.ports.referrals.create({ ...referral, code });
    if (result !== 'code-taken') return code;
  }
  return undefined;
}

function iscoOf(ctx: ScreeningContext, answers: Answers): string | undefined {
  const major = ctx.catalogue.questions.find((q) => q.type === 'choice' && q.isco === 'major');
  const sub = ctx.catalogue.questions.find((q) => q.type === 'choice' && typeof q.isco === 'object');
  return major ? iscoCode(answers[major.id], sub ? answers[sub.id] : undefined) : undefined;
}
