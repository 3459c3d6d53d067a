import { readFileSync } from 'node:fs';
import { App, Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { TABLE } from '../../../lambdas/adapters/dynamodb/table';
import { MAX_RECEIVE_COUNT, VISIBILITY_TO_TIMEOUT_RATIO } from '../../../lib/message-queue';
import { PathwaysStack, WORKER_BATCH_SIZE } from '../../../lib/pathways-stack';
import { FUNCTIONS } from '../../../scripts/bundle/functions';

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };
type Statement = { Action: string | string[]; Resource?: unknown; Effect: string };

const cdkJson = JSON.parse(readFileSync(new URL('../../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

/** The app exactly as bin/pathways.ts builds it, minus asset bundling (slow, and not under test here). */
function buildApp(): { app: App; stack: PathwaysStack } {
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  const stack = new PathwaysStack(app, 'PathwaysStack');
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

const { app, stack } = buildApp();
// Throws if cdk-nag reports any unacknowledged finding.
app.synth();
const template = Template.fromStack(stack);

function resources(type: string): Resource[] {
  return Object.values(template.findResources(type)) as Resource[];
}

function logicalIdOf(path: string): string {
  const found = stack.node.findAll().find((construct) => construct.node.path === `PathwaysStack/${path}`);
  if (!found) throw new Error(`no construct at ${path}`);
  return stack.getLogicalId(found as CfnElement);
}

/** The template resource synthesized from the construct at `path` under the stack. */
function resourceAt(path: string): Resource {
  const found = (template.toJSON().Resources as Record<string, Resource>)[logicalIdOf(path)];
  if (!found) throw new Error(`no resource for ${path}`);
  return found;
}

describe('table', () => {
  const [table] = resources('AWS::DynamoDB::Table');
  const props = table?.Properties ?? {};

  it('is the TABLE definition: keys, TTL and GSIs', () => {
    expect(props.KeySchema).toEqual([
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ]);
    expect(props.TimeToLiveSpecification).toEqual({ AttributeName: TABLE.ttlAttribute, Enabled: true });
    const indexNames = (props.GlobalSecondaryIndexes as { IndexName: string }[]).map((gsi) => gsi.IndexName);
    expect(indexNames).toEqual(Object.values(TABLE.indexes).map((index) => index.name));
  });

  it('is on-demand, recoverable, KMS-encrypted, retained and deletion-protected', () => {
    expect(resources('AWS::DynamoDB::Table')).toHaveLength(1);
    expect(props.BillingMode).toBe('PAY_PER_REQUEST');
    expect(props.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(props.SSESpecification).toMatchObject({ SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: expect.anything() });
    expect(props.DeletionProtectionEnabled).toBe(true);
    expect(table?.DeletionPolicy).toBe('Retain');
  });
});

describe('functions', () => {
  // CDK's own BucketDeployment provider (Python) is not one of ours; every function in scripts/bundle/functions.ts is.
  const functions = resources('AWS::Lambda::Function').filter((fn) => fn.Properties.Runtime !== 'python3.13');

  it('are Node.js 22 on arm64 with active tracing and their own log group', () => {
    expect(functions).toHaveLength(FUNCTIONS.length);
    for (const fn of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogGroup: expect.anything() },
      });
    }
  });

  it('receive secret names, never values, and the worker never sends to its own queue', () => {
    const env = (path: string) =>
      (resourceAt(`${path}/Function/Resource`).Properties.Environment as { Variables: Record<string, unknown> })
        .Variables;
    expect(Object.keys(env('Webchat')).sort()).toEqual(
      ['LINK_SIGNING_SECRET_NAME', 'LOG_LEVEL', 'ORIGIN_PROOF_SECRET_NAME', 'PEPPER_SECRET_NAME', 'TABLE_NAME', 'TOKEN_SECRET_NAME'].sort(),
    );
    expect(Object.keys(env('WhatsAppWebhook'))).toContain('QUEUE_URL');
    expect(Object.keys(env('BotWorker'))).not.toContain('QUEUE_URL');
    // Both chat channels check pasted links with the share-link key, passed by name.
    expect(Object.keys(env('BotWorker'))).toContain('LINK_SIGNING_SECRET_NAME');
    expect(env('BotWorker')).toMatchObject({ WHATSAPP_API_VERSION: 'v23.0', WHATSAPP_PHONE_NUMBER_ID: '' });
    expect(env('BotWorker').NODE_OPTIONS).toBeUndefined(); // source maps are off by default
  });
});

describe('queue', () => {
  const dlqId = logicalIdOf('Inbound/DeadLetters/Resource');
  const mainId = logicalIdOf('Inbound/Queue/Resource');

  it('is FIFO with a FIFO dead-letter queue, caller-supplied dedup ids and KMS', () => {
    for (const path of ['Inbound/Queue/Resource', 'Inbound/DeadLetters/Resource']) {
      expect(resourceAt(path).Properties).toMatchObject({
        FifoQueue: true,
        ContentBasedDeduplication: false,
        KmsMasterKeyId: expect.anything(),
      });
    }
    expect(resourceAt('Inbound/Queue/Resource').Properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] },
      maxReceiveCount: MAX_RECEIVE_COUNT,
    });
    expect(MAX_RECEIVE_COUNT).toBe(5);
  });

  it('hides messages for at least six worker timeouts', () => {
    const workerTimeout = resourceAt('BotWorker/Function/Resource').Properties.Timeout as number;
    expect(workerTimeout).toBe(30);
    expect(VISIBILITY_TO_TIMEOUT_RATIO).toBe(6);
    expect(resourceAt('Inbound/Queue/Resource').Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * workerTimeout);
  });

  it('feeds the worker in batches with partial-batch failure reporting', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [mainId, 'Arn'] },
      FunctionName: { Ref: logicalIdOf('BotWorker/Function/Resource') },
      BatchSize: WORKER_BATCH_SIZE,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });
});

describe('HTTP API', () => {
  it('has exactly the public routes, on payload format 2.0', () => {
    const routeKeys = resources('AWS::ApiGatewayV2::Route').map((route) => route.Properties.RouteKey);
    expect(routeKeys.sort()).toEqual(
      [
        'ANY /v3/directline/{proxy+}', 'GET /health', 'GET /whatsapp/webhook', 'POST /whatsapp/webhook', 'GET /s/{proxy+}', 'HEAD /s/{proxy+}',
        // The advisers' API: JWT-authorised except its OpenAPI document and sign-in description (see tests/unit/infra/advisers.test.ts).
        'GET /advisers/api/{proxy+}', 'POST /advisers/api/{proxy+}', 'GET /advisers/api/openapi.json', 'GET /advisers/api/sign-in',
      ].sort(),
    );
    for (const integration of resources('AWS::ApiGatewayV2::Integration')) {
      expect(integration.Properties.PayloadFormatVersion).toBe('2.0');
    }
  });

  it('throttles and access-logs the default stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
  });
});

describe('operations', () => {
  it('gives every log group a retention and the CMK', () => {
    const logGroups = resources('AWS::Logs::LogGroup');
    expect(logGroups.length).toBeGreaterThanOrEqual(4);
    for (const group of logGroups) {
      expect(group.Properties.RetentionInDays).toEqual(expect.any(Number));
      expect(group.Properties.KmsKeyId).toBeDefined();
    }
  });

  it('alarms on dead letters, worker errors and Pathways/SendFailures, TemplateFailures and RepliesOutsideWindow, into an encrypted topic', () => {
    const alarms = resources('AWS::CloudWatch::Alarm').map((alarm) => alarm.Properties);
    expect(alarms).toHaveLength(5);
    expect(alarms.map((alarm) => alarm.MetricName).sort()).toEqual(
      ['ApproximateNumberOfMessagesVisible', 'Errors', 'SendFailures', 'TemplateFailures', 'RepliesOutsideWindow'].sort(),
    );
    expect(alarms.find((alarm) => alarm.MetricName === 'SendFailures')?.Namespace).toBe('Pathways');
    for (const alarm of alarms) {
      expect(alarm).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' });
      expect(alarm.AlarmActions).toHaveLength(1);
    }
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('uses one rotating customer-managed key', () => {
    template.resourceCountIs('AWS::KMS::Key', 1);
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });
});

describe('security', () => {
  it('has no IAM statement allowing every action', () => {
    const statements: Statement[] = [];
    for (const policy of resources('AWS::IAM::Policy')) {
      statements.push(...(policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    }
    for (const role of resources('AWS::IAM::Role')) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
      for (const inline of (role.Properties.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]) {
        statements.push(...inline.PolicyDocument.Statement);
      }
    }
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect([statement.Action].flat()).not.toContain('*');
    }
  });

  it('leaves zero unacknowledged cdk-nag findings', () => {
    // app.synth() above already threw if any plugin failed; this shows the findings by name if not.
    const report = new AwsSolutionsChecks().validateScope(app);
    const findings = report.violations.flatMap((violation) =>
      violation.violatingResources.map((resource) => `${violation.ruleName} @ ${resource.constructPath}`),
    );
    expect(findings).toEqual([]);
  });

  it('fails synth on an unacknowledged finding (the check is live)', () => {
    const probe = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const probeStack = new Stack(probe, 'Probe');
    new sqs.Queue(probeStack, 'Unencrypted', { encryption: sqs.QueueEncryption.UNENCRYPTED });
    Validations.of(probe).addPlugins(new AwsSolutionsChecks(probe));
    expect(() => probe.synth()).toThrow(/AwsSolutions-SQS/);
  });
});
