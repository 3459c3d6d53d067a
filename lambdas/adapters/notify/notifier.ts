import type { Logger } from '../observability/logger';

/**
 * A message to an organisation about its queue. It names reference codes,
 * pathways and urgency only: never anything about the person, because email
 * is not where personal data should travel. Advisers sign in to see the case.
 */
export interface ReferralNotification {
  kind: 'new' | 'escalation';
  org: string;
  /** The organisation's notification address (organisations.yaml). */
  to: string;
  urgent: boolean;
  codes: string[];
  pathway?: string;
  /** Where the console is, for the link in the email. */
  consoleUrl: string;
}

export interface Notifier {
  notify(notification: ReferralNotification): Promise<void>;
}

/** Subject and plain-text body; the same words whatever the transport. */
export function notificationEmail(n: ReferralNotification): { subject: string; body: string } {
  const urgent = n.urgent ? 'URGENT ' : '';
  const codes = n.codes.join(', ');
  if (n.kind === 'escalation') {
    return {
      subject: `[Pathways] ${urgent}${n.codes.length} referral(s) still unclaimed`,
      body: `These referrals have waited longer than agreed and nobody has claimed them yet: ${codes}.\n\nPlease open the advisers' console and claim them: ${n.consoleUrl}\n\nThis email holds no personal data; sign in to see the cases.`,
    };
  }
  return {
    subject: `[Pathways] ${urgent}New referral ${codes}`,
    body: `A new ${n.urgent ? 'URGENT ' : ''}referral is waiting in your queue: ${codes}${n.pathway ? ` (${n.pathway})` : ''}.\n\nOpen the advisers' console to claim it: ${n.consoleUrl}\n\nThis email holds no personal data; sign in to see the case.`,
  };
}

/** Where nothing can be sent (no SES identity configured): a log line with ids only, so operators can see it happened. */
export class LogNotifier implements Notifier {
  constructor(private readonly logger: Logger) {}

  async notify(n: ReferralNotification): Promise<void> {
    this.logger.info('referral notification (not sent: no email transport configured)', { kind: n.kind, org: n.org, urgent: n.urgent, count: n.codes.length });
  }
}
