import type { APIGatewayProxyEventV2 as Event, APIGatewayProxyStructuredResultV2 as Result } from 'aws-lambda';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { baseConfigInput, baseConfigSchema, optionalEnv, parseConfig } from '../adapters/config';
import type { ContentBundle } from '../adapters/content/bundle-types';
import { createAdviserDelivery } from '../adapters/delivery/adviser-delivery';
import { createDocumentClient } from '../adapters/dynamodb/client';
import { createAwsClient } from '../adapters/aws/aws-client';
import { sqsSender } from '../adapters/aws/sqs-sender';
import { HeldMessages } from '../adapters/dynamodb/held-messages';
import { LiveChatPointers } from '../adapters/dynamodb/live-chat';
import { DynamoStateStore } from '../adapters/dynamodb/state-store';
import { lastInboundAtOf } from '../channels/channel-state';
import { ReferralQueue } from '../adapters/dynamodb/referral-queue';
import { DynamoReferralStore } from '../adapters/dynamodb/referral-store';
import { DynamoWebchatStore } from '../adapters/dynamodb/webchat-store';
import { createLogger, errorFields } from '../adapters/observability/logger';
import { lambdaCredentials } from '../adapters/secrets';
import { CognitoAdviserVerifier } from '../adapters/security/adviser-cognito';
import { DevAdviserVerifier } from '../adapters/security/adviser-dev-token';
import { createTranslator } from '../core/i18n/translator';
import { DEFAULT_LANGUAGE, isLanguageCode } from '../core/languages';
import type { ScreeningT } from '../core/screening/types';
import { escalateUnclaimed } from './escalate';
import { createNotifier } from '../adapters/notify/create-notifier';
import { routeAdvisers } from './router';
import { signInDescription } from './sign-in';
import { AdvisersService } from './service';

const configSchema = baseConfigSchema.omit({ pepper: true }).extend({
  auth: z.union([
    z.object({ signingKey: z.string().min(16), userPoolId: z.undefined(), clientId: z.undefined(), domainUrl: z.undefined() }),
    z.object({ signingKey: z.undefined(), userPoolId: z.string().regex(/^[\w-]+_[0-9A-Za-z]+$/), clientId: z.string().min(1), domainUrl: z.url({ protocol: /^https$/ }) }),
  ], { error: 'set ADVISER_SIGNING_KEY (local) or COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID and COGNITO_DOMAIN_URL (AWS), not both' }),
  notify: z.object({ mode: z.enum(['log', 'mailbox', 'ses']).default('log'), from: z.email().optional() }).refine((n) => n.mode !== 'ses' || n.from, 'NOTIFY_MODE=ses needs NOTIFY_FROM'),
  consoleUrl: z.string().min(1).default('/advisers/'),
  escalateUrgentMinutes: z.coerce.number().positive().max(7 * 24 * 60).default(60),
  escalateHours: z.coerce.number().positive().max(30 * 24).default(48),
  webchatRetentionDays: z.coerce.number().positive().max(30).default(1),
  heldRetentionDays: z.coerce.number().positive().max(365).default(30),
  maxBodyBytes: z.coerce.number().int().min(1024).max(65_536).default(8192),
  /** The WhatsApp worker's queue: adviser replies go out at once inside the 24-hour window. Unset, they wait for the person's next message. */
  queueUrl: z.url().optional(),
});

export type AdvisersConfig = z.infer<typeof configSchema>;

/** EventBridge's scheduled event: the escalation run. */
const scheduledEvent = z.object({ source: z.literal('aws.events'), 'detail-type': z.literal('Scheduled Event') }).loose();

/**
 * The advisers' API composition root: config, clients, stores, the token
 * verifier (Cognito in AWS, the local signer in development) and the
 * notifier are built once per cold start. Tests pass their own client.
 */
export function createAdvisersHandler(env: Record<string, string | undefined>, content: ContentBundle, overrides: { db?: DynamoDBDocumentClient; now?: () => number } = {}) {
  const config = parseConfig(configSchema, {
    ...baseConfigInput(env),
    auth: {
      signingKey: optionalEnv(env.ADVISER_SIGNING_KEY),
      userPoolId: optionalEnv(env.COGNITO_USER_POOL_ID),
      clientId: optionalEnv(env.COGNITO_CLIENT_ID),
      domainUrl: optionalEnv(env.COGNITO_DOMAIN_URL),
    },
    notify: { mode: optionalEnv(env.NOTIFY_MODE), from: optionalEnv(env.NOTIFY_FROM) },
    consoleUrl: optionalEnv(env.ADVISERS_CONSOLE_URL),
    escalateUrgentMinutes: optionalEnv(env.ESCALATE_URGENT_MINUTES),
    escalateHours: optionalEnv(env.ESCALATE_AFTER_HOURS),
    webchatRetentionDays: optionalEnv(env.WEBCHAT_RETENTION_DAYS),
    heldRetentionDays: optionalEnv(env.HELD_MESSAGE_RETENTION_DAYS),
    maxBodyBytes: optionalEnv(env.ADVISERS_MAX_BODY_BYTES),
    queueUrl: optionalEnv(env.QUEUE_URL),
  });
  const catalogue = content.pathways;
  if (!catalogue) throw new Error('the content bundle has no pathways (content/pathways/*.yaml)');
  const logger = createLogger('advisers-api', config.logLevel);
  const now = overrides.now ?? Date.now;
  const db = overrides.db ?? createDocumentClient({ region: config.region, endpoint: config.dynamodbEndpoint });
  const { tableName } = config;
  const translator = createTranslator(content.locales);
  const screeningT = (language: string) => translator.forLanguage(isLanguageCode(language) ? language : DEFAULT_LANGUAGE, 'screening') as unknown as ScreeningT;
  const store = new DynamoReferralStore(db, { tableName, now });
  const queue = new ReferralQueue(db, tableName);
  const notifier = createNotifier(config.notify, { db, tableName, logger, credentials: lambdaCredentials(env) });
  const orgName = (org: string) => catalogue.organisations.find((o) => o.id === org)?.name ?? org;
  const states = new DynamoStateStore(db, { tableName, retentionDays: config.stateRetentionDays, now });
  const service = new AdvisersService({
    store,
    queue,
    views: { catalogue, screeningT },
    deliver: createAdviserDelivery({
      webchat: new DynamoWebchatStore(db, { tableName, retentionDays: config.webchatRetentionDays, now }),
      held: new HeldMessages(db, { tableName, retentionDays: config.heldRetentionDays, now }),
      ...(config.queueUrl ? { enqueue: sqsSender(createAwsClient(lambdaCredentials(env)(), 'sqs'), config.queueUrl) } : {}),
      format: (language, code, text) => screeningT(language ?? DEFAULT_LANGUAGE)('adviserMessage', { code, text }),
      onQueueError: (error) => logger.error('could not queue a WhatsApp delivery; the message waits for the person', errorFields(error)),
    }),
    chats: new LiveChatPointers(db, tableName, now),
    notice: (language, key, params) => screeningT(language ?? DEFAULT_LANGUAGE)(key, params),
    lastInboundAt: async (userKey) => lastInboundAtOf((await states.read(userKey))?.value),
    orgName,
    now,
    newId: randomUUID,
  });
  const verifier = config.auth.signingKey !== undefined
    ? new DevAdviserVerifier(config.auth.signingKey, now)
    : new CognitoAdviserVerifier({ userPoolId: config.auth.userPoolId, clientId: config.auth.clientId });
  const signIn = signInDescription(config.auth.signingKey !== undefined ? { kind: 'local' } : { kind: 'cognito', domainUrl: config.auth.domainUrl, clientId: config.auth.clientId });
  const escalation = {
    queue, store, notifier, catalogue, logger, consoleUrl: config.consoleUrl,
    afterMs: { urgent: config.escalateUrgentMinutes * 60_000, normal: config.escalateHours * 3_600_000 },
  };

  return async (event: Event | Record<string, unknown>): Promise<Result | { escalated: number }> => {
    if (scheduledEvent.safeParse(event).success) return { escalated: (await escalateUnclaimed(now(), escalation)).escalated.length };
    const http = event as Event;
    const { result, route, org } = await routeAdvisers(http, { service, verifier, signIn, orgName, maxBodyBytes: config.maxBodyBytes, onError: (e) => logger.error('request failed', errorFields(e)) });
    logger.info('advisers', { method: http.requestContext.http.method, route, status: result.statusCode, org });
    return result;
  };
}
