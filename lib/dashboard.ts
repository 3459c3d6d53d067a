import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { Alarms } from './alarms';

/** Props for {@link OperationsDashboard}. */
export interface OperationsDashboardProps {
  readonly api: apigw.HttpApi;
  readonly queue: sqs.IQueue;
  readonly deadLetterQueue: sqs.IQueue;
  readonly functions: Record<string, lambda.IFunction>;
  readonly alarms: Alarms;
}

/** One page an on-call volunteer can read: traffic in, backlog, failures out. */
export class OperationsDashboard extends Construct {
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: OperationsDashboardProps) {
    super(scope, id);
    const fns = Object.entries(props.functions);

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      widgets: [
        [
          new cloudwatch.AlarmStatusWidget({
            title: 'Alarms',
            alarms: [props.alarms.deadLetters, props.alarms.workerErrors, props.alarms.sendFailures],
            width: 24,
            height: 3,
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'API requests and errors',
            left: [props.api.metricCount(), props.api.metricClientError(), props.api.metricServerError()],
            width: 12,
          }),
          new cloudwatch.GraphWidget({
            title: 'API latency (p95)',
            left: [props.api.metricLatency({ statistic: cloudwatch.Stats.p(95) })],
            width: 12,
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'Queue backlog',
            left: [
              props.queue.metricApproximateNumberOfMessagesVisible({ label: 'queue' }),
              props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ label: 'dead letters' }),
            ],
            right: [props.queue.metricApproximateAgeOfOldestMessage()],
            width: 12,
          }),
          new cloudwatch.GraphWidget({
            title: 'WhatsApp send failures',
            left: [props.alarms.sendFailuresMetric],
            width: 12,
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'Function errors',
            left: fns.map(([label, fn]) => fn.metricErrors({ label })),
            width: 8,
          }),
          new cloudwatch.GraphWidget({
            title: 'Function throttles',
            left: fns.map(([label, fn]) => fn.metricThrottles({ label })),
            width: 8,
          }),
          new cloudwatch.GraphWidget({
            title: 'Function duration (p95)',
            left: fns.map(([label, fn]) => fn.metricDuration({ label, statistic: cloudwatch.Stats.p(95) })),
            width: 8,
          }),
        ],
      ],
    });
  }
}
