import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { DEFAULT_RETENTION_DAYS } from '../../core/retention';
import type { PathwaysCatalogue } from '../../core/screening/catalogue';
import type { ReferralPort } from '../../core/screening/ports';
import type { ScreeningPolicy } from '../../core/screening/types';
import type { AwsCredentials } from '../aws/aws-client';
import { DynamoReferralStore } from '../dynamodb/referral-store';
import { optionalEnv } from '../env';
import { createNotifier } from '../notify/create-notifier';
import { withNotifications } from '../notify/notifying-referrals';
import type { Logger } from '../observability/logger';

/**
 * What a function that creates referrals (web chat, bot worker) needs from
 * its configuration: how long referrals are kept and what to tell people
 * about response times (both said in the chat), and how organisations are
 * notified. Composition roots extend their schema with this and parse once.
 */
export const referralConfigSchema = z.object({
  retentionDays: z.coerce.number().positive().max(3650).default(DEFAULT_RETENTION_DAYS.referrals),
  responseWorkingDays: z.coerce.number().int().min(1).max(60).default(5),
  notify: z.object({ mode: z.enum(['log', 'mailbox', 'ses']).default('log'), from: z.email().optional() }).refine((n) => n.mode !== 'ses' || n.from, 'NOTIFY_MODE=ses needs NOTIFY_FROM'),
  consoleUrl: z.string().min(1).default('/advisers/'),
});

export type ReferralConfig = z.infer<typeof referralConfigSchema>;

export function referralConfigInput(env: Record<string, string | undefined>) {
  return {
    retentionDays: optionalEnv(env.REFERRAL_RETENTION_DAYS),
    responseWorkingDays: optionalEnv(env.REFERRAL_RESPONSE_DAYS),
    notify: { mode: optionalEnv(env.NOTIFY_MODE), from: optionalEnv(env.NOTIFY_FROM) },
    consoleUrl: optionalEnv(env.ADVISERS_CONSOLE_URL),
  };
}

/** The screening policy the core tells people about, from the parsed config. */
export function screeningPolicy(config: ReferralConfig): ScreeningPolicy {
  return { retentionDays: config.retentionDays, responseWorkingDays: config.responseWorkingDays };
}

/**
 * The referral port for the screening flow: the DynamoDB store, notifying
 * the receiving organisation on every new referral. Also returns the store,
 * for erasure (`blankReferralsBeforeErase(store)`).
 */
export function createReferralPort(
  config: ReferralConfig,
  deps: { db: DynamoDBDocumentClient; tableName: string; catalogue: PathwaysCatalogue; logger: Logger; credentials: () => AwsCredentials; now?: () => number },
): { port: ReferralPort; store: DynamoReferralStore } {
  const store = new DynamoReferralStore(deps.db, { tableName: deps.tableName, ...(deps.now ? { now: deps.now } : {}) });
  const notifier = createNotifier(config.notify, deps);
  return { store, port: withNotifications(store, { notifier, catalogue: deps.catalogue, consoleUrl: config.consoleUrl, logger: deps.logger }) };
}
