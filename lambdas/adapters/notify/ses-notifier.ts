import { AwsClient } from 'aws4fetch';
import type { AwsCredentials } from '../aws/aws-client';
import { notificationEmail, type Notifier, type ReferralNotification } from './notifier';

/**
 * Sends notifications with Amazon SES (API v2 SendEmail) through aws4fetch,
 * like the other small AWS calls, so the function carries no SES SDK. The
 * sender must be an SES-verified identity (deploy-time setting).
 */
export class SesNotifier implements Notifier {
  constructor(
    private readonly options: { from: string; credentials: () => AwsCredentials; fetch?: typeof fetch },
  ) {}

  async notify(n: ReferralNotification): Promise<void> {
    const credentials = this.options.credentials();
    const client = new AwsClient({ ...credentials, service: 'ses', retries: 3 });
    const { subject, body } = notificationEmail(n);
    const response = await client.fetch(`https://email.${credentials.region}.amazonaws.com/v2/email/outbound-emails`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        FromEmailAddress: this.options.from,
        Destination: { ToAddresses: [n.to] },
        Content: { Simple: { Subject: { Data: subject, Charset: 'UTF-8' }, Body: { Text: { Data: body, Charset: 'UTF-8' } } } },
      }),
    });
    if (!response.ok) throw new Error(`SES SendEmail failed: HTTP ${response.status}`);
  }
}
