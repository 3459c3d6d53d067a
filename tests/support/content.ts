import type { ContentBundle } from '../../lambdas/adapters/content/bundle-types';
import { createTurnDeps } from '../../lambdas/adapters/content/turn-deps';
import type { PersonalDataPort, TurnDeps } from '../../lambdas/core/conversation/deps';
import type { NewReferral, ReferralPort, UserReferral } from '../../lambdas/core/screening';
import { readContent } from '../../scripts/build/content';

let cached: Promise<ContentBundle> | undefined;

/** The real content, read straight from content/ (tests never use made-up strings). */
export function loadContent(): Promise<ContentBundle> {
  cached ??= readContent().then(({ bundle }) => bundle);
  return cached;
}

/** A person's data held in memory, for core tests that check what the bot asks the store to do. */
export class MemoryPersonalData implements PersonalDataPort {
  erased: string[] = [];
  async summary() {
    return { state: 1, webchat: 0, dedup: 2, statuses: 3, referrals: 0 };
  }
  async erase(userKey: string) {
    this.erased.push(userKey);
  }
}

/** Referrals kept in memory, for core tests of the adviser path. */
export class MemoryReferrals implements ReferralPort {
  readonly created: NewReferral[] = [];
  async create(referral: NewReferral) {
    if (this.created.some((r) => r.code === referral.code)) return 'exists' as const;
    this.created.push(referral);
    return 'created' as const;
  }
  async listForUser(userKey: string): Promise<UserReferral[]> {
    return this.created.filter((r) => r.userKey === userKey).map((r) => ({ code: r.code, status: 'new', createdAt: r.createdAt, urgent: r.urgent, pathway: r.pathway, organisation: r.organisation }) as unknown as UserReferral);
  }
  async withdraw() {
    return 'withdrawn' as const;
  }
}

export async function realTurnDeps(overrides: Partial<TurnDeps> = {}): Promise<TurnDeps> {
  return {
    ...createTurnDeps(await loadContent(), {
      personalData: new MemoryPersonalData(),
      identity: { whatsappNumber: '+15550000001', baseUrl: 'https://pathways.example' },
      stateRetentionDays: 90,
      now: () => Date.parse('2026-11-23T12:00:00Z'),
      referrals: new MemoryReferrals(),
    }),
    ...overrides,
  };
}
