import { callJsonApi, createAwsClient, type AwsCredentials } from './aws/aws-client';

export interface SecretRef {
  /** The value itself (local development). */
  value?: string;
  /** Its name in AWS Secrets Manager. */
  name?: string;
  /** For JSON secrets, the field holding the value. */
  field?: string;
}

/**
 * Resolves a secret given either its value (local development) or its name
 * in AWS Secrets Manager. Called once per cold start by a composition root.
 */
export async function resolveSecret(ref: SecretRef, credentials: () => AwsCredentials): Promise<string> {
  if (ref.value) return ref.value;
  if (!ref.name) throw new Error('secret has neither a value nor a name');
  const { region } = credentials();
  const answer = (await callJsonApi(
    createAwsClient(credentials(), 'secretsmanager'),
    `https://secretsmanager.${region}.amazonaws.com/`,
    'secretsmanager.GetSecretValue',
    { SecretId: ref.name },
    'application/x-amz-json-1.1',
  )) as { SecretString?: string };
  if (!answer.SecretString) throw new Error(`secret ${ref.name} has no string value`);
  if (!ref.field) return answer.SecretString;
  const value = (JSON.parse(answer.SecretString) as Record<string, unknown>)[ref.field];
  if (typeof value !== 'string' || value === '') throw new Error(`secret ${ref.name} has no ${ref.field}`);
  return value;
}

/** A secret a feature uses only when configured: undefined when neither its value nor its name is set. */
export async function resolveOptionalSecret(ref: SecretRef, credentials: () => AwsCredentials): Promise<string | undefined> {
  return ref.value || ref.name ? resolveSecret(ref, credentials) : undefined;
}

/** The Lambda runtime's credentials, read by composition roots only. */
export function lambdaCredentials(env: Record<string, string | undefined>): () => AwsCredentials {
  return () => ({
    accessKeyId: env.AWS_ACCESS_KEY_ID ?? '',
    secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? '',
    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    region: env.AWS_REGION ?? 'us-east-1',
  });
}
