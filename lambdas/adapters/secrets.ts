/**
 * Resolves a secret given either its value (local development) or its name
 * in AWS Secrets Manager. Called once per cold start by a composition root;
 * the SDK client is loaded only when a name is used, so local runs skip it.
 */
export async function resolveSecret(ref: { value?: string; name?: string }, region: string): Promise<string> {
  if (ref.value) return ref.value;
  if (!ref.name) throw new Error('secret has neither a value nor a name');
  const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  const client = new SecretsManagerClient({ region });
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: ref.name }));
  if (!SecretString) throw new Error(`secret ${ref.name} has no string value`);
  return SecretString;
}
