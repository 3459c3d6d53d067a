import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyStructuredResultV2 as Result } from 'aws-lambda';
import { json } from './responses';

/** 200 with the version and whether the table answers; 503 when it does not. */
export async function healthCheck(db: DynamoDBDocumentClient, tableName: string, version: string): Promise<Result> {
  let storeReachable = true;
  try {
    await db.send(new GetCommand({ TableName: tableName, Key: { pk: 'HEALTH', sk: 'HEALTH' } }));
  } catch {
    storeReachable = false;
  }
  return json(storeReachable ? 200 : 503, { status: storeReachable ? 'ok' : 'degraded', version, storeReachable });
}
