import { AwsClient } from 'aws4fetch';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  region: string;
}

/**
 * A SigV4-signing fetch for the few AWS calls the small functions make
 * (SQS, Secrets Manager, the share counters). aws4fetch is 10 KB with no dependencies, where an
 * AWS SDK client costs tens of milliseconds of cold start; the WhatsApp
 * webhook must acknowledge Meta within milliseconds of a cold start too.
 */
export function createAwsClient(credentials: AwsCredentials, service: 'sqs' | 'secretsmanager' | 'dynamodb'): AwsClient {
  return new AwsClient({ ...credentials, service, retries: 3 });
}

/** Calls an AWS JSON 1.0/1.1 API action and parses the answer; throws with the AWS error type on failure. */
export async function callJsonApi(
  client: AwsClient,
  endpoint: string,
  target: string,
  body: unknown,
  contentType = 'application/x-amz-json-1.0',
): Promise<unknown> {
  const response = await client.fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': contentType, 'x-amz-target': target },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    const type = /"__type"\s*:\s*"([^"]+)"/.exec(text)?.[1] ?? `HTTP ${response.status}`;
    throw new Error(`${target} failed: ${type}`);
  }
  return text ? (JSON.parse(text) as unknown) : {};
}
