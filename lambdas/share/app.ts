import type { APIGatewayProxyEventV2 as Event, APIGatewayProxyStructuredResultV2 as Result } from 'aws-lambda';
import * as z from 'zod';
import { baseConfigInput, baseConfigSchema, optionalEnv, parseConfig, secretRef } from '../adapters/config';
import { createAwsClient } from '../adapters/aws/aws-client';
import { ShareStats } from '../adapters/dynamodb/share-stats';
import { createLogger, errorFields } from '../adapters/observability/logger';
import { lambdaCredentials, resolveSecret } from '../adapters/secrets';
import { organisationsFile } from '../core/links/organisations';
import { topicIds } from './pages/topic-view';
import { routeShare } from './router';
import type { ShareContent } from './share-content';

const shareConfigSchema = baseConfigSchema.pick({ tableName: true, region: true, dynamodbEndpoint: true, logLevel: true }).extend({
  linkKey: secretRef('LINK_SIGNING_SECRET', 'LINK_SIGNING_SECRET_NAME'),
  publicBaseUrl: z.url({ protocol: /^https?$/ }).optional(),
  whatsappNumber: z.string().regex(/^\d{8,15}$/, 'digits only, country code first').default('15550000001'),
  statsRetentionDays: z.coerce.number().int().min(1).max(800).default(400),
});

/**
 * The share function's composition root: configuration, the signing key,
 * the counters and the registered organisations, built once per cold start.
 */
export async function createShareHandler(env: Record<string, string | undefined>, content: ShareContent, organisations: unknown) {
  const config = parseConfig(shareConfigSchema, {
    ...baseConfigInput(env),
    linkKey: { value: optionalEnv(env.LINK_SIGNING_SECRET), name: optionalEnv(env.LINK_SIGNING_SECRET_NAME) },
    publicBaseUrl: optionalEnv(env.PUBLIC_BASE_URL),
    whatsappNumber: optionalEnv(env.WHATSAPP_DISPLAY_NUMBER),
    statsRetentionDays: optionalEnv(env.STATS_RETENTION_DAYS),
  });
  const registered = organisationsFile.parse(organisations).organisations;
  const logger = createLogger('share', config.logLevel);
  const credentials = lambdaCredentials(env);
  const key = await resolveSecret(config.linkKey, credentials);
  const stats = new ShareStats(createAwsClient(credentials(), 'dynamodb'), {
    endpoint: config.dynamodbEndpoint ?? `https://dynamodb.${config.region}.amazonaws.com/`,
    tableName: config.tableName,
    retentionDays: config.statsRetentionDays,
  });
  const deps = {
    bundle: content,
    topics: topicIds(content.topics),
    organisations: registered,
    key,
    publicBaseUrl: config.publicBaseUrl,
    whatsappNumber: config.whatsappNumber,
    stats,
    onError: (error: unknown) => logger.error('share counter failed', errorFields(error)),
  };

  return async (event: Event): Promise<Result> => {
    const result = await routeShare(event, deps);
    logger.info('share', { method: event.requestContext.http.method, status: result.statusCode });
    return result;
  };
}
