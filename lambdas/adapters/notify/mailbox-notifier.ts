import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { expiryAfterDays } from '../dynamodb/client';
import { notificationEmail, type Notifier, type ReferralNotification } from './notifier';

export interface MailboxEntry {
  id: string;
  at: number;
  to: string;
  subject: string;
  body: string;
  kind: ReferralNotification['kind'];
  org: string;
  urgent: boolean;
  codes: string[];
}

const PARTITION = 'DEV#MAILBOX';

/**
 * Local development's outbox: notifications are stored in the table (every
 * function runs in one process locally, but they share only the table) and
 * shown at /dev/mailbox. They hold no personal data and expire in a week.
 */
export class MailboxNotifier implements Notifier {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly options: { tableName: string; now?: () => number; newId: () => string },
  ) {}

  async notify(n: ReferralNotification): Promise<void> {
    const at = (this.options.now ?? Date.now)();
    const id = this.options.newId();
    const entry: MailboxEntry = { id, at, to: n.to, ...notificationEmail(n), kind: n.kind, org: n.org, urgent: n.urgent, codes: n.codes };
    await this.db.send(
      new PutCommand({ TableName: this.options.tableName, Item: { pk: PARTITION, sk: `${new Date(at).toISOString()}#${id}`, ...entry, expiresAt: expiryAfterDays(at, 7) } }),
    );
  }

  /** Newest first. */
  async list(limit = 100): Promise<MailboxEntry[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({ TableName: this.options.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': PARTITION }, ScanIndexForward: false, Limit: limit }),
    );
    return Items.map(({ pk: _pk, sk: _sk, expiresAt: _e, ...entry }) => entry as MailboxEntry);
  }
}
