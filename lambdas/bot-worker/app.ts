import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import * as z from 'zod';
import { DEFAULT_RETENTION_DAYS } from '../core/retention';
import { baseConfigInput, baseConfigSchema, optionalEnv, optionalSecretRef, parseConfig, secretRef } from '../adapters/config';
import { createConversationDeps } from '../adapters/conversation-deps';
import { HeldMessages } from '../adapters/dynamodb/held-messages';
import { DynamoReferralStore } from '../adapters/dynamodb/referral-store';
import { referralConfigInput, referralConfigSchema } from '../adapters/referrals/wiring';
import type { ContentBundle } from '../adapters/content/bundle-types';
import { createDocumentClient } from '../adapters/dynamodb/client';
import { InboundLog } from '../adapters/dynamodb/inbound-log';
import { DynamoStateStore } from '../adapters/dynamodb/state-store';
import { StatusStore } from '../adapters/dynamodb/status-store';
import { createLogger } from '../adapters/observability/logger';
import { lambdaCredentials, resolveOptionalSecret, resolveSecret } from '../adapters/secrets';
import { userKey } from '../adapters/security/user-key';
import { createBotRunner } from '../channels/bot/create-bot';
import { lastInboundAtOf } from '../channels/channel-state';
import { createGraphClient } from '../channels/whatsapp/graph-client';
import { DEFAULT_ADVISER_TEMPLATE } from '../channels/whatsapp/templates';
import { processBatch } from './process-batch';

const workerConfigSchema = baseConfigSchema.extend({
  referrals: referralConfigSchema,
  /** The key that signs helpers' links, so links pasted into the chat can be checked (optional). */
  linkKey: optionalSecretRef(),
  accessToken: secretRef('WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_SECRET_NAME', 1),
  graphUrl: z.url().default('https://graph.facebook.com'),
  apiVersion: z.string().regex(/^v\d+\.\d+$/).default('v23.0'),
  phoneNumberId: z.string().regex(/^\d+$/, 'WHATSAPP_PHONE_NUMBER_ID must be digits'),
  graphTimeoutMs: z.coerce.number().int().min(500).max(20_000).default(5_000),
  dedupRetentionDays: z.coerce.number().positive().default(DEFAULT_RETENTION_DAYS.dedup),
  statusRetentionDays: z.coerce.number().positive().default(DEFAULT_RETENTION_DAYS.statuses),
  /** The approved template that tells a person their adviser replied while their window was closed. */
  adviserTemplate: z.string().regex(/^[a-z0-9_]{1,512}$/, 'WHATSAPP_ADVISER_TEMPLATE is a template name: lower case letters, digits, underscores').default(DEFAULT_ADVISER_TEMPLATE),
});

/**
 * The bot worker's composition root: takes queued WhatsApp messages, runs
 * the same bot as the web chat, and sends replies through the Graph API.
 */
export async function createWorkerHandler(env: Record<string, string | undefined>, content: ContentBundle) {
  const config = parseConfig(workerConfigSchema, {
    ...baseConfigInput(env),
    accessToken: { value: optionalEnv(env.WHATSAPP_ACCESS_TOKEN), name: optionalEnv(env.WHATSAPP_SECRET_NAME) },
    graphUrl: optionalEnv(env.WHATSAPP_GRAPH_URL),
    apiVersion: optionalEnv(env.WHATSAPP_API_VERSION),
    phoneNumberId: optionalEnv(env.WHATSAPP_PHONE_NUMBER_ID),
    graphTimeoutMs: optionalEnv(env.WHATSAPP_TIMEOUT_MS),
    dedupRetentionDays: optionalEnv(env.DEDUP_RETENTION_DAYS),
    statusRetentionDays: optionalEnv(env.STATUS_RETENTION_DAYS),
    adviserTemplate: optionalEnv(env.WHATSAPP_ADVISER_TEMPLATE),
    referrals: referralConfigInput(env),
    linkKey: { value: optionalEnv(env.LINK_SIGNING_SECRET), name: optionalEnv(env.LINK_SIGNING_SECRET_NAME) },
  });
  const credentials = lambdaCredentials(env);
  const linkKey = await resolveOptionalSecret(config.linkKey, credentials);
  const [pepper, accessToken] = await Promise.all([
    resolveSecret(config.pepper, credentials),
    resolveSecret({ ...config.accessToken, field: 'accessToken' }, credentials),
  ]);
  const db = createDocumentClient({ region: config.region, endpoint: config.dynamodbEndpoint });
  const logger = createLogger('bot-worker', config.logLevel);
  const turnDeps = createConversationDeps({ config, referrals: config.referrals, content, db, logger, credentials, ...(linkKey ? { linkKey } : {}) });
  const states = new DynamoStateStore(db, { tableName: config.tableName, retentionDays: config.stateRetentionDays });
  const deps = {
    bot: createBotRunner(states, turnDeps),
    lastInboundAt: async (key: string) => lastInboundAtOf((await states.read(key))?.value),
    inbound: new InboundLog(db, { tableName: config.tableName, retentionDays: config.dedupRetentionDays, statusRetentionDays: config.statusRetentionDays, leaseMs: 60_000 }),
    statuses: new StatusStore(db, { tableName: config.tableName }),
    graph: createGraphClient(
      { graphUrl: config.graphUrl, apiVersion: config.apiVersion, phoneNumberId: config.phoneNumberId, accessToken, timeoutMs: config.graphTimeoutMs, maxAttempts: 3 },
      { fetch: (url, init) => fetch(url, init), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
    ),
    userKey: (waId: string) => userKey(pepper, 'whatsapp', waId),
    listButtonLabel: turnDeps.translator.forLanguage('en')('menu.button'),
    logger,
    held: new HeldMessages(db, { tableName: config.tableName, retentionDays: config.referrals.retentionDays }),
    referralStore: new DynamoReferralStore(db, { tableName: config.tableName }),
    adviserTemplate: config.adviserTemplate,
    now: Date.now,
  };
  return (event: SQSEvent): Promise<SQSBatchResponse> => processBatch(event, deps);
}
