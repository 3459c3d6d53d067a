import { Duration } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** How many times a message is tried before it is parked in the dead-letter queue. */
export const MAX_RECEIVE_COUNT = 5;

/**
 * AWS guidance for Lambda consumers: visibility timeout of at least six times
 * the function timeout, so retries after throttling do not redeliver early.
 */
export const VISIBILITY_TO_TIMEOUT_RATIO = 6;

/** Props for {@link MessageQueue}. */
export interface MessageQueueProps {
  readonly encryptionKey: kms.IKey;
  /** Timeout of the function that consumes the queue. */
  readonly consumerTimeout: Duration;
}

/**
 * FIFO queue between the WhatsApp webhook and the bot worker, plus its FIFO
 * dead-letter queue. The webhook supplies MessageDeduplicationId (the WhatsApp
 * message id, so Meta's retries collapse) and MessageGroupId (the hashed user,
 * so each person's messages stay in order); content-based deduplication is
 * therefore off.
 */
export class MessageQueue extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: MessageQueueProps) {
    super(scope, id);

    const encrypted = {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.encryptionKey,
      enforceSSL: true,
    };

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      ...encrypted,
      fifo: true,
      contentBasedDeduplication: false,
      // A week spans an unattended weekend without keeping people's messages for long.
      retentionPeriod: Duration.days(7),
    });

    this.queue = new sqs.Queue(this, 'Queue', {
      ...encrypted,
      fifo: true,
      contentBasedDeduplication: false,
      // One group per person: high-throughput mode scales with the number of groups.
      deduplicationScope: sqs.DeduplicationScope.MESSAGE_GROUP,
      fifoThroughputLimit: sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
      visibilityTimeout: Duration.seconds(props.consumerTimeout.toSeconds() * VISIBILITY_TO_TIMEOUT_RATIO),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });
  }
}
