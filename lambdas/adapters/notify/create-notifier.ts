import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import type { AwsCredentials } from '../aws/aws-client';
import { MailboxNotifier } from './mailbox-notifier';
import { LogNotifier, type Notifier } from './notifier';
import { SesNotifier } from './ses-notifier';
import type { Logger } from '../observability/logger';

/**
 * The notifier a deployment asked for: `mailbox` (local: /dev/mailbox),
 * `ses` (AWS, from a verified sender) or `log` (AWS without SES: a log line
 * with ids only). Composition roots that create referrals (web chat, bot
 * worker) pick theirs the same way.
 */
export function createNotifier(
  settings: { mode: 'log' | 'mailbox' | 'ses'; from?: string | undefined },
  deps: { db: DynamoDBDocumentClient; tableName: string; logger: Logger; credentials: () => AwsCredentials },
): Notifier {
  if (settings.mode === 'mailbox') return new MailboxNotifier(deps.db, { tableName: deps.tableName, newId: randomUUID });
  if (settings.mode === 'ses' && settings.from) return new SesNotifier({ from: settings.from, credentials: deps.credentials });
  return new LogNotifier(deps.logger);
}
