import type { APIGatewayProxyEventV2 as Event, APIGatewayProxyStructuredResultV2 as Result } from 'aws-lambda';
import * as z from 'zod';
import { DEFAULT_RETENTION_DAYS } from '../core/retention';
import { baseConfigInput, baseConfigSchema, optionalEnv, optionalSecretRef, parseConfig, secretRef } from '../adapters/config';
import { createConversationDeps } from '../adapters/conversation-deps';
import { referralConfigInput, referralConfigSchema } from '../adapters/referrals/wiring';
import type { ContentBundle } from '../adapters/content/bundle-types';
import { createDocumentClient } from '../adapters/dynamodb/client';
import { DynamoRateLimiter } from '../adapters/dynamodb/rate-limiter';
import { DynamoStateStore } from '../adapters/dynamodb/state-store';
import { DynamoWebchatStore } from '../adapters/dynamodb/webchat-store';
import { createLogger, errorFields } from '../adapters/observability/logger';
import { lambdaCredentials, resolveOptionalSecret, resolveSecret } from '../adapters/secrets';
import { userKey } from '../adapters/security/user-key';
import { WebchatTokens } from '../adapters/security/webchat-token';
import { createBotRunner } from '../channels/bot/create-bot';
import { healthCheck } from '../http/health';
import { DirectLine } from './directline';
import { routeDirectLine } from './router';

const webchatConfigSchema = baseConfigSchema.extend({
  referrals: referralConfigSchema,
  /** The key that signs helpers' links, so links pasted into the chat can be checked (optional). */
  linkKey: optionalSecretRef(),
  /** What the site's CloudFront distribution sends to prove a request came through it (AWS only). */
  originProof: optionalSecretRef(),
  tokenSecret: secretRef('WEBCHAT_TOKEN_SECRET', 'TOKEN_SECRET_NAME'),
  tokenTtlSeconds: z.coerce.number().int().min(60).max(86_400).default(3600),
  webchatRetentionDays: z.coerce.number().positive().max(30).default(DEFAULT_RETENTION_DAYS.webchat),
  maxBodyBytes: z.coerce.number().int().min(1024).max(262_144).default(16_384),
  conversationsPerIpPerMinute: z.coerce.number().int().min(1).max(10_000).default(30),
  version: z.string().default('dev'),
});

/**
 * The web chat function's composition root: config, secrets, clients and the
 * bot are built once per cold start and handed to the thin router.
 */
export async function createWebchatHandler(env: Record<string, string | undefined>, content: ContentBundle) {
  const config = parseConfig(webchatConfigSchema, {
    ...baseConfigInput(env),
    tokenSecret: { value: optionalEnv(env.WEBCHAT_TOKEN_SECRET), name: optionalEnv(env.TOKEN_SECRET_NAME) },
    tokenTtlSeconds: optionalEnv(env.WEBCHAT_TOKEN_TTL_SECONDS),
    webchatRetentionDays: optionalEnv(env.WEBCHAT_RETENTION_DAYS),
    maxBodyBytes: optionalEnv(env.MAX_BODY_BYTES),
    conversationsPerIpPerMinute: optionalEnv(env.WEBCHAT_CONVERSATIONS_PER_IP_PER_MINUTE),
    version: optionalEnv(env.APP_VERSION),
    referrals: referralConfigInput(env),
    linkKey: { value: optionalEnv(env.LINK_SIGNING_SECRET), name: optionalEnv(env.LINK_SIGNING_SECRET_NAME) },
    originProof: { value: optionalEnv(env.ORIGIN_PROOF), name: optionalEnv(env.ORIGIN_PROOF_SECRET_NAME) },
  });
  const logger = createLogger('webchat', config.logLevel);
  const credentials = lambdaCredentials(env);
  const [pepper, tokenKey, linkKey, originProof] = await Promise.all([
    resolveSecret(config.pepper, credentials),
    resolveSecret(config.tokenSecret, credentials),
    resolveOptionalSecret(config.linkKey, credentials),
    resolveOptionalSecret(config.originProof, credentials),
  ]);
  const db = createDocumentClient({ region: config.region, endpoint: config.dynamodbEndpoint });
  const now = Date.now;
  const stateStore = new DynamoStateStore(db, { tableName: config.tableName, retentionDays: config.stateRetentionDays, now });
  const tokens = new WebchatTokens(tokenKey);
  const limiter = new DynamoRateLimiter(db, config.tableName, now);
  const turnDeps = createConversationDeps({ config, referrals: config.referrals, content, db, logger, credentials, ...(linkKey ? { linkKey } : {}) });
  const bot = createBotRunner(stateStore, turnDeps);
  const directLine = new DirectLine({
    tokens,
    store: new DynamoWebchatStore(db, { tableName: config.tableName, retentionDays: config.webchatRetentionDays, now }),
    runTurn: (activity, key) =>
      bot.run(
        activity,
        { channel: 'webchat', userKey: key, conversationId: (activity.conversation as { id: string }).id },
        // The answer is saved with the turn, so a retry can store it if the first attempt failed before it did.
        { channelState: (_previous, replies) => ({ lastAnswer: { to: activity.id, replies } }) },
      ),
    savedAnswer: async (key, id) => {
      const saved = (await bot.channelState(key))?.lastAnswer as { to?: unknown; replies?: Record<string, unknown>[] } | undefined;
      return saved?.to === id ? saved.replies : undefined;
    },
    userKey: (userId) => userKey(pepper, 'webchat', userId),
    tokenTtlSeconds: config.tokenTtlSeconds,
    now,
    allowStart: (network) => limiter.allow(userKey(pepper, 'ip', network).slice(2), config.conversationsPerIpPerMinute, 60),
  });
  const onError = (error: unknown) => logger.error('request failed', errorFields(error));

  return async (event: Event): Promise<Result> => {
    if (event.rawPath === '/health') return healthCheck(db, config.tableName, config.version);
    const result = await routeDirectLine(event, { directLine, tokens, maxBodyBytes: config.maxBodyBytes, now, onError, ...(originProof ? { originProof } : {}) });
    logger.info('directline', { method: event.requestContext.http.method, status: result.statusCode });
    return result;
  };
}
