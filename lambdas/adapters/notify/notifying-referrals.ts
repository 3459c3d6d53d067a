import type { PathwaysCatalogue } from '../../core/screening/catalogue';
import type { NewReferral, ReferralPort } from '../../core/screening/ports';
import { errorFields, type Logger } from '../observability/logger';
import type { Notifier } from './notifier';

export interface NotifyingDeps {
  notifier: Notifier;
  catalogue: PathwaysCatalogue;
  consoleUrl: string;
  logger: Logger;
}

/**
 * The referral port, plus a notification to the receiving organisation as
 * soon as a referral is created (urgent ones marked URGENT). A failed
 * notification is logged and does not undo the referral: the person's
 * request is safe in the queue, and escalation catches it if nobody claims it.
 */
export function withNotifications(port: ReferralPort, deps: NotifyingDeps): ReferralPort {
  return {
    listForUser: (userKey) => port.listForUser(userKey),
    withdraw: (userKey, code, at) => port.withdraw(userKey, code, at),
    create: async (referral: NewReferral) => {
      const result = await port.create(referral);
      if (result === 'created') await notifyNew(referral, deps);
      return result;
    },
  };
}

async function notifyNew(referral: NewReferral, deps: NotifyingDeps): Promise<void> {
  const org = deps.catalogue.organisations.find((o) => o.id === referral.organisation);
  if (!org) return;
  try {
    await deps.notifier.notify({ kind: 'new', org: org.id, to: org.notifyEmail, urgent: referral.urgent, codes: [referral.code], pathway: referral.pathway, consoleUrl: deps.consoleUrl });
  } catch (error) {
    deps.logger.warn('referral notification failed', { org: org.id, urgent: referral.urgent, ...errorFields(error) });
  }
}
