import type { ReferralQueue } from '../adapters/dynamodb/referral-queue';
import { SYSTEM, type DynamoReferralStore } from '../adapters/dynamodb/referral-store';
import type { Notifier } from '../adapters/notify/notifier';
import type { Logger } from '../adapters/observability/logger';
import type { PathwaysCatalogue } from '../core/screening/catalogue';

export interface EscalationDeps {
  queue: Pick<ReferralQueue, 'unclaimed'>;
  store: Pick<DynamoReferralStore, 'actions'>;
  notifier: Notifier;
  catalogue: PathwaysCatalogue;
  consoleUrl: string;
  /** How long a new referral may wait unclaimed: urgent ones much less. */
  afterMs: { urgent: number; normal: number };
  logger: Logger;
}

/**
 * Finds referrals nobody has claimed in time, marks each escalated once
 * (audited, conditional, so overlapping runs never double-escalate) and
 * tells its organisation again, urgent ones in their own message. Run on a
 * schedule (EventBridge in AWS); safe to run as often as you like.
 */
export async function escalateUnclaimed(now: number, deps: EscalationDeps): Promise<{ escalated: string[] }> {
  const escalated: string[] = [];
  for (const org of deps.catalogue.organisations) {
    const waiting = await deps.queue.unclaimed(org.id, { urgent: now - deps.afterMs.urgent, normal: now - deps.afterMs.normal }, now);
    const marked = { urgent: [] as string[], normal: [] as string[] };
    for (const item of waiting) {
      const result = await deps.store.actions.act(
        item.code,
        { org: org.id },
        SYSTEM,
        { action: 'escalated', from: ['new'], check: (i) => (i.escalatedAt ? 'already escalated' : undefined), set: () => ({ escalatedAt: now }) },
        now,
      );
      if (result.kind === 'ok') (item.urgent ? marked.urgent : marked.normal).push(item.code);
    }
    for (const [urgent, codes] of [[true, marked.urgent], [false, marked.normal]] as const) {
      if (codes.length === 0) continue;
      try {
        await deps.notifier.notify({ kind: 'escalation', org: org.id, to: org.notifyEmail, urgent, codes, consoleUrl: deps.consoleUrl });
      } catch {
        deps.logger.warn('escalation notification failed', { org: org.id, count: codes.length });
      }
      escalated.push(...codes);
    }
  }
  if (escalated.length) deps.logger.info('referrals escalated', { count: escalated.length });
  return { escalated };
}
