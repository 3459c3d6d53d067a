import { Stack, Validations, type CfnResource } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { IConstruct } from 'constructs';

/*
 * cdk-nag IAM5 findings caused by wildcards that CDK's own grant methods
 * write. Each is acknowledged by its exact finding id on the role that holds
 * the grant, so an unrelated wildcard on the same role still fails synth.
 */

/**
 * `key.grantEncryptDecrypt` (via table and queue grants) uses
 * `kms:GenerateDataKey*` and `kms:ReEncrypt*`; both are limited to our one key.
 */
export function acknowledgeKeyGrantWildcards(role: IConstruct): void {
  Validations.of(role).acknowledge(
    {
      id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      reason:
        'Written by the CDK grant for the KMS-encrypted table/queue: covers GenerateDataKey and GenerateDataKeyWithoutPlaintext, which DynamoDB and SQS call on our behalf; resource is the single Pathways key ARN.',
    },
    {
      id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
      reason:
        'Written by the CDK grant for the KMS-encrypted table/queue: ReEncryptFrom/ReEncryptTo for the single Pathways key ARN only, as the services require for CMK-encrypted data.',
    },
  );
}

/**
 * `table.grantReadWriteData` appends `<table arn>/index/*` so queries can use
 * the table's GSIs (today only those listed in TABLE.indexes).
 */
export function acknowledgeTableIndexWildcard(role: IConstruct, table: dynamodb.Table): void {
  const logicalId = Stack.of(table).getLogicalId(table.node.defaultChild as CfnResource);
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/index/*]`,
    reason:
      'Written by table.grantReadWriteData so the function can Query the GSIs of this one table (TABLE.indexes); it grants nothing outside the table.',
  });
}
