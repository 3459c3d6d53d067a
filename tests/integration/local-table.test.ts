import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE } from '../../lambdas/adapters/dynamodb/table';
import { ensureTable, startDynamo, type LocalDynamo } from '../../scripts/local/dynamo';

let dynamo: LocalDynamo;
let client: DynamoDBClient;
beforeAll(async () => {
  dynamo = await startDynamo({ dataDir: '', endpoint: process.env.DYNAMODB_ENDPOINT || undefined, inMemory: true });
  client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
});
afterAll(async () => {
  client.destroy();
  await dynamo.close();
});

describe('the local table', () => {
  it('gains the indexes a data folder from an earlier version lacks, and is left alone when complete', async () => {
    const tableName = `pathways-old-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    const queue = TABLE.indexes.byQueue;
    // The table as the first release created it: the queue index only.
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [TABLE.partitionKey, TABLE.sortKey, queue.partitionKey, queue.sortKey].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [{ IndexName: queue.name, KeySchema: [{ AttributeName: queue.partitionKey, KeyType: 'HASH' }, { AttributeName: queue.sortKey, KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
      }),
    );
    // A referral stored by the earlier version, which must survive.
    await client.send(new PutItemCommand({ TableName: tableName, Item: { pk: { S: 'REF#PW-OLD01' }, sk: { S: 'META' }, gsi1pk: { S: 'ORG#o#new' }, gsi1sk: { S: '1#2026' }, gsi2pk: { S: 'ORG#o#new#ar' }, expiresAt: { N: '1893456000' }, seq: { N: '9007199254740993' } } }));
    const indexes = async () => ((await client.send(new DescribeTableCommand({ TableName: tableName }))).Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName).sort();
    expect(await indexes()).toEqual([queue.name]);
    await ensureTable(dynamo.endpoint, tableName);
    const expected = Object.values(TABLE.indexes).map((i) => i.name).sort();
    expect(await indexes()).toEqual(expected);
    await ensureTable(dynamo.endpoint, tableName);
    expect(await indexes()).toEqual(expected);
    const found = await client.send(new QueryCommand({ TableName: tableName, IndexName: TABLE.indexes.byQueueLanguage.name, KeyConditionExpression: 'gsi2pk = :p', ExpressionAttributeValues: { ':p': { S: 'ORG#o#new#ar' } } }));
    expect(found.Items?.map((i) => [i.pk?.S, i.expiresAt?.N, i.seq?.N])).toEqual([['REF#PW-OLD01', '1893456000', '9007199254740993']]);
  });
});
