/**
 * Stands in for `@aws-sdk/credential-provider-node` in the Lambda bundles
 * (scripts/bundle/aws-credentials-plugin.ts). On Lambda the credentials are
 * always in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
 * AWS_SESSION_TOKEN), the first place the SDK's default chain looks; the rest
 * of that chain (SSO, profiles, web identity, container and instance
 * metadata, login) and the clients it brings only add to every cold start.
 * Same contract as the SDK's `fromEnv`: a provider that throws when the
 * variables are missing.
 */
export function defaultProvider(): () => Promise<{ accessKeyId: string; secretAccessKey: string; sessionToken?: string }> {
  return async () => {
    const accessKeyId = process.env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey) throw new Error('AWS credentials are not in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)');
    const sessionToken = process.env.AWS_SESSION_TOKEN;
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
  };
}
