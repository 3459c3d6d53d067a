import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { Worker } from 'node:worker_threads';
import { emitLine } from '../../lambdas/adapters/observability/logger';

type Reply = { id?: number; result?: unknown; error?: string; log?: string; ready?: boolean };

/**
 * The bot worker handler running in a worker thread (worker-thread-entry.mjs),
 * called like the handler itself. If the thread dies, what was in flight
 * fails (the queue retries it, as SQS would) and the next call starts a new
 * thread, as Lambda starts a new environment.
 */
export class WorkerThread {
  private worker: Worker | undefined;
  private starting: Promise<Worker> | undefined;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private next = 0;

  /** Starts the thread and waits for the handler's cold start, so the first message is not slower than the rest. */
  static async start(): Promise<WorkerThread> {
    const thread = new WorkerThread();
    await thread.ready();
    return thread;
  }

  readonly handler = (event: SQSEvent): Promise<SQSBatchResponse> => this.call({ event }) as Promise<SQSBatchResponse>;

  /** The thread's DynamoDB request counts by command (and reset them), for the benchmarks. */
  requestCounts(reset = false): Promise<Record<string, number>> {
    return this.call({ counts: true, reset }) as Promise<Record<string, number>>;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private async call(message: Record<string, unknown>): Promise<unknown> {
    const worker = await this.ready();
    const id = this.next++;
    // Held while calls are in flight, so a waiting caller is never left with an empty event loop.
    worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    }).finally(() => {
      if (this.pending.size === 0) worker.unref();
    });
  }

  private ready(): Promise<Worker> {
    if (this.worker) return Promise.resolve(this.worker);
    this.starting ??= new Promise<Worker>((resolve, reject) => {
      // execArgv: [] so a test runner's flags are not inherited; the entry registers its own loader.
      const worker = new Worker(new URL('./worker-thread-entry.mjs', import.meta.url), { execArgv: [] });
      worker.on('message', (reply: Reply) => {
        if (reply.log !== undefined) return emitLine(reply.log);
        if (reply.ready) {
          this.worker = worker;
          this.starting = undefined;
          return resolve(worker);
        }
        const waiting = this.pending.get(reply.id ?? -1);
        this.pending.delete(reply.id ?? -1);
        if (reply.error !== undefined) waiting?.reject(new Error(reply.error));
        else waiting?.resolve(reply.result);
      });
      worker.on('error', (error) => this.fail(worker, error, reject));
      worker.on('exit', (code) => this.fail(worker, new Error(`bot worker thread exited (code ${code})`), reject));
      // Like the embedded store, it must not keep the process alive on its own.
      worker.unref();
    });
    return this.starting;
  }

  private fail(worker: Worker, error: Error, rejectStart: (error: Error) => void): void {
    // An old thread ending after a new one started concerns nobody.
    if (this.worker !== undefined && this.worker !== worker) return;
    this.worker = undefined;
    this.starting = undefined;
    rejectStart(error);
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
