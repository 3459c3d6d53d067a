import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/**
 * Failed WhatsApp sends, emitted by the bot worker as an EMF metric with no
 * dimensions (an alarm only matches the exact dimension set it names).
 */
export const SEND_FAILURES_METRIC = { namespace: 'Pathways', metricName: 'SendFailures' } as const;
/** Meta refused the adviser-reply template (e.g. not approved under that name or language): replies wait for the person. */
export const TEMPLATE_FAILURES_METRIC = { namespace: 'Pathways', metricName: 'TemplateFailures' } as const;
/** Messages that waited in the queue past the 24-hour window, so their replies could not be sent. */
export const LATE_REPLIES_METRIC = { namespace: 'Pathways', metricName: 'RepliesOutsideWindow' } as const;

/** Props for {@link Alarms}. */
export interface AlarmsProps {
  readonly encryptionKey: kms.IKey;
  readonly deadLetterQueue: sqs.IQueue;
  readonly worker: lambda.IFunction;
  /** Subscribed to the topic when given. */
  readonly email?: string;
}

/**
 * The alarms that mean "someone's message was not answered", all notifying
 * one encrypted SNS topic. Any non-zero value alarms: at this volume every
 * lost message matters.
 */
export class Alarms extends Construct {
  readonly topic: sns.Topic;
  readonly deadLetters: cloudwatch.Alarm;
  readonly workerErrors: cloudwatch.Alarm;
  readonly sendFailures: cloudwatch.Alarm;
  readonly templateFailures: cloudwatch.Alarm;
  readonly lateReplies: cloudwatch.Alarm;
  /** The SendFailures metric, for dashboards. */
  readonly sendFailuresMetric: cloudwatch.Metric;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);

    this.topic = new sns.Topic(this, 'Topic', {
      displayName: 'Pathways alarms',
      masterKey: props.encryptionKey,
      enforceSSL: true,
    });
    if (props.email) this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));

    const period = Duration.minutes(5);
    this.sendFailuresMetric = new cloudwatch.Metric({
      ...SEND_FAILURES_METRIC,
      statistic: cloudwatch.Stats.SUM,
      period,
    });

    this.deadLetters = this.anyAbove(
      'DeadLetters',
      'Messages are in the dead-letter queue: the worker gave up on them. Inspect, fix, then redrive.',
      props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ statistic: cloudwatch.Stats.MAXIMUM, period }),
    );
    this.workerErrors = this.anyAbove(
      'WorkerErrors',
      'The bot worker failed whole invocations (not single messages).',
      props.worker.metricErrors({ statistic: cloudwatch.Stats.SUM, period }),
    );
    this.sendFailures = this.anyAbove(
      'SendFailures',
      'The bot worker could not deliver replies to the WhatsApp Cloud API.',
      this.sendFailuresMetric,
    );
    this.templateFailures = this.anyAbove(
      'TemplateFailures',
      "Meta refused the adviser-reply template (check it is approved under the configured name in every language). Advisers' replies wait until the person writes.",
      new cloudwatch.Metric({ ...TEMPLATE_FAILURES_METRIC, statistic: cloudwatch.Stats.SUM, period }),
    );
    this.lateReplies = this.anyAbove(
      'RepliesOutsideWindow',
      "Messages waited in the queue past WhatsApp's 24-hour window, so the bot's replies could not be sent. Look for a stalled worker or a redriven dead-letter queue.",
      new cloudwatch.Metric({ ...LATE_REPLIES_METRIC, statistic: cloudwatch.Stats.SUM, period }),
    );
  }

  private anyAbove(id: string, description: string, metric: cloudwatch.IMetric): cloudwatch.Alarm {
    const alarm = new cloudwatch.Alarm(this, id, {
      alarmDescription: description,
      metric,
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      // No data means nothing failed.
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.topic));
    alarm.addOkAction(new actions.SnsAction(this.topic));
    return alarm;
  }
}
