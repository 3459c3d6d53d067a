import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../lambdas/adapters/dynamodb/client';
import { ensureTable, startDynamo, type LocalDynamo } from '../../scripts/local/dynamo';

export { scanAll } from '../../scripts/local/dynamo';

/**
 * A table for store tests: in the embedded store by default, or in whatever
 * DynamoDB `DYNAMODB_ENDPOINT` names (e.g. Amazon's DynamoDB Local), so the
 * same tests check fidelity against the real implementation.
 */
export async function testTable(): Promise<{ db: DynamoDBDocumentClient; tableName: string; close(): Promise<void> }> {
  const external = process.env.DYNAMODB_ENDPOINT || undefined;
  const dynamo: LocalDynamo = await startDynamo({ dataDir: '', endpoint: external, inMemory: true });
  const tableName = `pathways-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  await ensureTable(dynamo.endpoint, tableName);
  const db = createDocumentClient({ region: 'us-east-1', endpoint: dynamo.endpoint });
  return {
    db,
    tableName,
    close: async () => {
      db.destroy();
      await dynamo.close();
    },
  };
}
