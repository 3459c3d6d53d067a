import { createHash } from 'node:crypto';
import type { AwsClient } from 'aws4fetch';
import type { EnqueueEntries, QueueEntry } from '../../channels/whatsapp/queue-message';
import { callJsonApi } from './aws-client';

const MAX_BATCH = 10;

/** SQS de-duplication ids allow 128 printable characters; longer ids are hashed to stay unique and valid. */
function dedupId(id: string): string {
  return /^[\x21-\x7e]{1,128}$/.test(id) ? id : createHash('sha256').update(id).digest('hex');
}

/**
 * Sends to an SQS FIFO queue with the JSON protocol (SendMessageBatch), in
 * batches of ten. Any entry SQS refuses fails the whole call, so the webhook
 * answers Meta with an error and Meta redelivers; the worker's de-duplication
 * makes the redelivery harmless.
 */
export function sqsSender(client: AwsClient, queueUrl: string): EnqueueEntries {
  const endpoint = new URL(queueUrl).origin + '/';
  return async (entries: QueueEntry[]) => {
    for (let start = 0; start < entries.length; start += MAX_BATCH) {
      const batch = entries.slice(start, start + MAX_BATCH);
      const answer = (await callJsonApi(client, endpoint, 'AmazonSQS.SendMessageBatch', {
        QueueUrl: queueUrl,
        Entries: batch.map((entry, i) => ({
          Id: String(i),
          MessageBody: entry.body,
          MessageGroupId: entry.groupId,
          MessageDeduplicationId: dedupId(entry.deduplicationId),
        })),
      })) as { Failed?: { Id: string; Code?: string }[] };
      if (answer.Failed?.length) {
        throw new Error(`SQS refused ${answer.Failed.length} of ${batch.length} entries (${answer.Failed[0]?.Code ?? 'unknown'})`);
      }
    }
  };
}
