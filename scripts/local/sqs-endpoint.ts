import type { IncomingMessage, ServerResponse } from 'node:http';
import type { InProcessFifoQueue } from './in-process-queue';
import { readBody, sendJson } from './http-util';

interface BatchEntry {
  Id: string;
  MessageBody: string;
  MessageGroupId: string;
  MessageDeduplicationId: string;
}

/**
 * The slice of SQS's JSON protocol the webhook uses (SendMessageBatch), so
 * the webhook function runs locally byte for byte as in AWS, with QUEUE_URL
 * pointing here. Signatures are not checked: it only listens on loopback.
 */
export async function handleSqs(req: IncomingMessage, res: ServerResponse, queue: InProcessFifoQueue): Promise<void> {
  const target = req.headers['x-amz-target'];
  if (target !== 'AmazonSQS.SendMessageBatch') {
    return sendJson(res, 400, { __type: 'com.amazonaws.sqs#UnsupportedOperation', message: `only SendMessageBatch is simulated, not ${String(target)}` });
  }
  const { Entries } = JSON.parse((await readBody(req)).toString('utf8')) as { Entries: BatchEntry[] };
  queue.send(Entries.map((e) => ({ body: e.MessageBody, groupId: e.MessageGroupId, deduplicationId: e.MessageDeduplicationId })));
  sendJson(res, 200, { Successful: Entries.map((e) => ({ Id: e.Id, MessageId: e.Id })), Failed: [] });
}
