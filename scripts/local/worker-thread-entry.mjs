// The bot worker's execution environment on the local server: a thread of its
// own, as each Lambda has its own environment, so bot turns do not share the
// event loop that serves HTTP. Plain JavaScript that registers the TypeScript
// loader, so it starts the same way under `npm start`, the tests and the
// benchmarks. Messages: {id, event} in, {id, result | error} out; log lines go
// to the parent's log sink on the same port, so they arrive before the result.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { setLogSink } = await import('../../lambdas/adapters/observability/logger.ts');
const { dynamoRequestCounts, resetDynamoRequestCounts } = await import('../../lambdas/adapters/dynamodb/client.ts');
setLogSink((line) => parentPort.postMessage({ log: line }));
const { handler } = await import('../../lambdas/bot-worker/handler.ts');

parentPort.on('message', async (message) => {
  if (message.counts) {
    parentPort.postMessage({ id: message.id, result: dynamoRequestCounts() });
    if (message.reset) resetDynamoRequestCounts();
    return;
  }
  try {
    parentPort.postMessage({ id: message.id, result: await handler(message.event) });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
