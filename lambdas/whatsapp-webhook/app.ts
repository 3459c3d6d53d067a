import type { APIGatewayProxyEventV2 as Event, APIGatewayProxyStructuredResultV2 as Result } from 'aws-lambda';
import * as z from 'zod/mini';
import { optionalEnv, parseConfig } from '../adapters/env';
import { createAwsClient } from '../adapters/aws/aws-client';
import { sqsSender } from '../adapters/aws/sqs-sender';
import { createLogger } from '../adapters/observability/logger';
import { lambdaCredentials, resolveSecret } from '../adapters/secrets';
import { userKey } from '../adapters/security/user-key';
import { messageGroupOf, statusGroupOf } from '../channels/whatsapp/queue-groups';
import { handleWebhook } from './webhook';

const secret = (valueVar: string, nameVar: string) =>
  z
    .object({ value: z.optional(z.string().check(z.minLength(8))), name: z.optional(z.string().check(z.minLength(1))) })
    .check(z.refine((s) => Boolean(s.value || s.name), `set ${valueVar} (local) or ${nameVar} (AWS Secrets Manager)`));

const configSchema = z.object({
  appSecret: secret('WHATSAPP_APP_SECRET', 'WHATSAPP_SECRET_NAME'),
  verifyToken: secret('WHATSAPP_VERIFY_TOKEN', 'WHATSAPP_SECRET_NAME'),
  pepper: secret('PEPPER', 'PEPPER_SECRET_NAME'),
  queueUrl: z.url(),
  maxBodyBytes: z._default(z.coerce.number().check(z.int(), z.minimum(1024), z.maximum(1_048_576)), 262_144),
  logLevel: z._default(z.enum(['debug', 'info', 'warn', 'error']), 'info'),
});

/**
 * Composition root of the WhatsApp webhook. It loads neither botbuilder nor
 * the AWS SDK: signing is done by aws4fetch, so a cold start stays close to
 * a bare Node process (see README "Measured").
 */
export async function createWebhookHandler(env: Record<string, string | undefined>) {
  const whatsappSecretName = optionalEnv(env.WHATSAPP_SECRET_NAME);
  const config = parseConfig(configSchema, {
    appSecret: { value: optionalEnv(env.WHATSAPP_APP_SECRET), name: whatsappSecretName },
    verifyToken: { value: optionalEnv(env.WHATSAPP_VERIFY_TOKEN), name: whatsappSecretName },
    pepper: { value: optionalEnv(env.PEPPER), name: optionalEnv(env.PEPPER_SECRET_NAME) },
    queueUrl: optionalEnv(env.QUEUE_URL),
    maxBodyBytes: optionalEnv(env.WEBHOOK_MAX_BODY_BYTES),
    logLevel: optionalEnv(env.LOG_LEVEL),
  });
  const credentials = lambdaCredentials(env);
  const [appSecret, verifyToken, pepper] = await Promise.all([
    resolveSecret({ ...config.appSecret, field: 'appSecret' }, credentials),
    resolveSecret({ ...config.verifyToken, field: 'verifyToken' }, credentials),
    resolveSecret(config.pepper, credentials),
  ]);
  const deps = {
    appSecret,
    verifyToken,
    maxBodyBytes: config.maxBodyBytes,
    enqueue: sqsSender(createAwsClient(credentials(), 'sqs'), config.queueUrl),
    groupOf: (waId: string) => messageGroupOf(userKey(pepper, 'whatsapp', waId)),
    statusGroupOf,
    logger: createLogger('whatsapp-webhook', config.logLevel),
  };
  return (event: Event): Promise<Result> => handleWebhook(event, deps);
}
