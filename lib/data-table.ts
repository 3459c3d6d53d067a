import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { keyAttributes, TABLE } from '../lambdas/adapters/dynamodb/table';

type KeyAttributeType = ReturnType<typeof keyAttributes>[number]['type'];

const ATTRIBUTE_TYPES: Record<KeyAttributeType, dynamodb.AttributeType> = {
  S: dynamodb.AttributeType.STRING,
};

/** Looks the type up in the shared definition so CDK never restates it. */
function attribute(name: string): dynamodb.Attribute {
  const definition = keyAttributes().find((candidate) => candidate.name === name);
  if (!definition) throw new Error(`"${name}" is not a key attribute of TABLE.`);
  return { name, type: ATTRIBUTE_TYPES[definition.type] };
}

/** Props for {@link DataTable}. */
export interface DataTableProps {
  readonly encryptionKey: kms.IKey;
}

/**
 * The single Pathways table, built from `TABLE` in
 * `lambdas/adapters/dynamodb/table.ts` (keys, TTL attribute, indexes).
 * It holds people's data, so it is retained and deletion-protected, with
 * point-in-time recovery and customer-managed encryption.
 */
export class DataTable extends dynamodb.Table {
  constructor(scope: Construct, id: string, props: DataTableProps) {
    super(scope, id, {
      partitionKey: attribute(TABLE.partitionKey),
      sortKey: attribute(TABLE.sortKey),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: props.encryptionKey,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE.ttlAttribute,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    for (const index of Object.values(TABLE.indexes)) {
      this.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
  }
}
