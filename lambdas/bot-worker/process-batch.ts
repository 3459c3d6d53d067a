import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { StatusStore } from '../adapters/dynamodb/status-store';
import { errorFields, type Logger } from '../adapters/observability/logger';
import { countMetric } from '../adapters/observability/metrics';
import { queueMessage, type QueueMessage } from '../channels/whatsapp/queue-message';
import { processDeliver, processMessage, type MessageDeps } from './process-message';

export interface BatchDeps extends MessageDeps {
  statuses: StatusStore;
  logger: Logger;
}

/**
 * Handles one SQS batch with partial failure reporting. Records of one
 * person (one FIFO message group) run in order; once one fails, the rest of
 * that person's records are reported failed too, so a retry never answers a
 * later message before an earlier one. Different people run in parallel.
 */
export async function processBatch(event: SQSEvent, deps: BatchDeps): Promise<SQSBatchResponse> {
  const groups = new Map<string, SQSRecord[]>();
  for (const record of event.Records) {
    const group = record.attributes.MessageGroupId ?? record.messageId;
    groups.set(group, [...(groups.get(group) ?? []), record]);
  }
  const failures: string[] = [];
  await Promise.all(
    [...groups.values()].map(async (records) => {
      for (const [i, record] of records.entries()) {
        try {
          await processRecord(record, deps);
        } catch (error) {
          deps.logger.warn('record failed, will retry', { ...errorFields(error), receiveCount: record.attributes.ApproximateReceiveCount });
          failures.push(...records.slice(i).map((r) => r.messageId));
          return;
        }
      }
    }),
  );
  return { batchItemFailures: failures.map((itemIdentifier) => ({ itemIdentifier })) };
}

async function processRecord(record: SQSRecord, deps: BatchDeps): Promise<void> {
  let message: QueueMessage;
  try {
    message = queueMessage.parse(JSON.parse(record.body));
  } catch {
    // Retrying cannot fix a malformed record: keep it out of the way and visible.
    deps.logger.error('malformed queue record dropped to metrics', { messageId: record.messageId });
    countMetric('MalformedRecords');
    return;
  }
  if (message.kind === 'message') return processMessage(message, deps);
  if (message.kind === 'deliver') return processDeliver(message, deps);
  const changed = await deps.statuses.record(deps.userKey(message.recipientId), {
    messageId: message.id,
    status: message.status,
    timestamp: message.timestamp,
    ...(message.errors?.length ? { errorCodes: message.errors.map((e) => e.code) } : {}),
  });
  if (changed && message.status === 'failed') {
    deps.logger.error('delivery failed', { code: message.errors?.[0]?.code ?? 0 });
    countMetric('SendFailures');
  }
}
