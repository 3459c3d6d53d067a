import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { randomUUID } from 'node:crypto';

export interface QueuedMessage {
  body: string;
  groupId: string;
  deduplicationId: string;
}

interface Pending extends QueuedMessage {
  messageId: string;
  receiveCount: number;
  visibleAt: number;
}

export interface DeadLetter extends QueuedMessage {
  messageId: string;
  receiveCount: number;
  failedAt: string;
}

export interface QueueOptions {
  /** After this many receives a message is parked in the dead-letter list (SQS maxReceiveCount). */
  maxReceiveCount: number;
  /** Delay before a failed message is visible again (SQS visibility timeout, shortened for local use). */
  retryDelayMs: number;
  batchSize: number;
}

/**
 * SQS FIFO semantics in one process, in front of the same worker handler
 * Lambda runs: 5-minute de-duplication by id, one in-flight batch per message
 * group (a person's messages in order), partial batch failures, retries and
 * a dead-letter list.
 */
export class InProcessFifoQueue {
  private readonly pending: Pending[] = [];
  private readonly seen = new Map<string, number>();
  private readonly busyGroups = new Set<string>();
  readonly deadLetters: DeadLetter[] = [];
  /** Time spent in the worker and records handed to it, for the cost estimate in the benchmarks. */
  workerMs = 0;
  workerRecords = 0;
  private timer: NodeJS.Timeout | undefined;
  private inFlight = 0;
  private closed = false;

  constructor(
    private readonly worker: (event: SQSEvent) => Promise<SQSBatchResponse | void>,
    private readonly options: QueueOptions,
  ) {}

  send(messages: QueuedMessage[]): void {
    const now = Date.now();
    for (const [id, at] of this.seen) if (now - at > 5 * 60_000) this.seen.delete(id);
    for (const message of messages) {
      if (this.seen.has(message.deduplicationId)) continue;
      this.seen.set(message.deduplicationId, now);
      this.pending.push({ ...message, messageId: randomUUID(), receiveCount: 0, visibleAt: now });
    }
    this.pump();
  }

  /** Resolves when nothing is pending or in flight (tests and benchmarks wait on it). */
  async drained(timeoutMs = 30_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.pending.length > 0 || this.inFlight > 0) {
      if (Date.now() > until) throw new Error('queue did not drain');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** SQS forgets de-duplication ids after five minutes; tests use this to replay a late redelivery. */
  forgetDeduplication(): void {
    this.seen.clear();
  }

  stats() {
    return { pending: this.pending.length, inFlight: this.inFlight, deadLetters: this.deadLetters.length };
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  private pump(): void {
    if (this.closed) return;
    const now = Date.now();
    const batch: Pending[] = [];
    // FIFO: a group is blocked while it has a batch in flight, or while its oldest message waits to be retried.
    const blocked = new Set(this.busyGroups);
    for (const message of this.pending) {
      if (batch.length >= this.options.batchSize) break;
      if (blocked.has(message.groupId)) continue;
      if (message.visibleAt > now) {
        blocked.add(message.groupId);
        continue;
      }
      batch.push(message);
    }
    if (batch.length > 0) void this.deliver(batch);
    const next = this.pending.filter((m) => !this.busyGroups.has(m.groupId)).map((m) => m.visibleAt).sort()[0];
    clearTimeout(this.timer);
    if (next !== undefined && this.pending.length > 0) this.timer = setTimeout(() => this.pump(), Math.max(5, next - Date.now()));
  }

  private async deliver(batch: Pending[]): Promise<void> {
    for (const message of batch) {
      this.pending.splice(this.pending.indexOf(message), 1);
      this.busyGroups.add(message.groupId);
      message.receiveCount++;
    }
    this.inFlight += batch.length;
    let failed: Set<string>;
    const started = performance.now();
    try {
      const response = await this.worker({ Records: batch.map(toRecord) });
      this.workerMs += performance.now() - started;
      this.workerRecords += batch.length;
      failed = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
    } catch {
      failed = new Set(batch.map((m) => m.messageId));
    }
    const retry: Pending[] = [];
    for (const message of batch) {
      this.busyGroups.delete(message.groupId);
      if (!failed.has(message.messageId)) continue;
      if (message.receiveCount >= this.options.maxReceiveCount) {
        this.deadLetters.push({ ...message, failedAt: new Date().toISOString() });
      } else {
        retry.push({ ...message, visibleAt: Date.now() + this.options.retryDelayMs * message.receiveCount });
      }
    }
    // Failed messages go back to the front so their group's order is kept.
    this.pending.unshift(...retry);
    this.inFlight -= batch.length;
    this.pump();
  }
}

function toRecord(message: Pending): SQSRecord {
  return {
    messageId: message.messageId,
    receiptHandle: message.messageId,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: String(Date.now()),
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
      MessageGroupId: message.groupId,
      MessageDeduplicationId: message.deduplicationId,
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:000000000000:pathways-inbound.fifo',
    awsRegion: 'local',
  };
}
