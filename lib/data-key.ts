import { ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';

/**
 * The one customer-managed key for Pathways data at rest: table, queues,
 * log groups, secrets and the alarm topic. One key keeps the key policy
 * auditable in one place; rotation is on.
 */
export class DataKey extends kms.Key {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      description: 'Pathways: encrypts the table, queues, log groups, secrets and alarm topic',
      enableKeyRotation: true,
      // Deleting the key would make the retained table and its backups unreadable.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const stack = Stack.of(this);

    // CloudWatch Logs encrypts with the caller's key only if the key policy
    // trusts the regional Logs principal; scope it to this account's log groups.
    this.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowCloudWatchLogsForThisAccountsLogGroups',
        principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': stack.formatArn({
              service: 'logs',
              resource: 'log-group',
              resourceName: '*',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );

    // Alarms publish to a KMS-encrypted SNS topic; without this, notifications
    // are dropped silently. No condition: the SNS docs' statement has none and
    // a wrong one would fail just as silently.
    this.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowCloudWatchAlarmsToPublishToEncryptedTopic',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
  }
}
