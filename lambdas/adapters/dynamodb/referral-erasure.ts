import type { BeforeErase } from './personal-data';
import type { DynamoReferralStore } from './referral-store';

/**
 * The hook erasure ("delete my data") runs before it deletes the person's
 * partition: every referral pointer found there has its referral's personal
 * fields blanked, so the adviser is left with "withdrawn by the person" and
 * nothing about them. Wire it as DynamoPersonalData's `beforeErase`.
 */
export function blankReferralsBeforeErase(store: DynamoReferralStore, now: () => number = Date.now): BeforeErase {
  return async (_userKey, items) => {
    for (const item of items) {
      const sk = String(item.sk ?? '');
      if (sk.startsWith('REF#')) await store.blankPersonalFields(sk.slice('REF#'.length), now());
    }
  };
}
