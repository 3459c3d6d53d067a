import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LanguageCode } from '../../lambdas/core/languages';
import { referralCodeFrom, type NewReferral } from '../../lambdas/core/screening';

let n = 0;

/** A consented referral as the screening flow makes it; tests override what they look at. */
export function sampleReferral(overrides: Partial<NewReferral> = {}): NewReferral {
  n += 1;
  const createdAt = overrides.createdAt ?? Date.UTC(2025, 0, 15, 9, 0, n % 60);
  const language: LanguageCode = overrides.language ?? 'en';
  return {
    code: referralCodeFrom(`sample-${process.pid}-${n}-${Math.random()}`),
    userKey: `U#sample-${n}`,
    channel: 'whatsapp',
    contact: '+254700000123',
    language,
    country: 'JO',
    pathway: 'labour-mobility-adviser',
    organisation: 'demo-org-a',
    urgent: false,
    answers: { status: 'refugee', age: 31, interest: 'work', country: 'jo', occupation: '2', occupationDetail: '22', experience: 7, family: 1 },
    isco: '22',
    criteriaMet: ['protection-status', 'adult', 'wants-work', 'covered'],
    criteriaMissed: [],
    topicsRead: ['rights.right-to-work'],
    consent: { noticeVersion: 'referral-consent-2025-01', at: createdAt, language, organisation: overrides.organisation ?? 'demo-org-a', retentionDays: 180, shared: ['answers', 'language', 'country', 'whatsapp-number', 'topics-read'] },
    createdAt,
    ...overrides,
  };
}

/** Records every command a document client sends (name and input), to prove which operations a path uses. */
export function recordCommands(db: DynamoDBDocumentClient): { name: string; input: Record<string, unknown> }[] {
  const seen: { name: string; input: Record<string, unknown> }[] = [];
  db.middlewareStack.add(
    (next, context) => async (args) => {
      seen.push({ name: String(context.commandName), input: args.input as Record<string, unknown> });
      return next(args);
    },
    { step: 'initialize', name: `recordCommands-${Math.random()}` },
  );
  return seen;
}
