/**
 * AWS prices the cost estimate assumes (us-east-1, on-demand, checked
 * 2026-11; see docs/cost.md). Change them here and rerun `npm run bench`.
 */
export const PRICES = {
  lambdaGbSecondArm: 0.0000133334,
  lambdaRequest: 0.2 / 1e6,
  httpApiRequest: 1.0 / 1e6,
  sqsFifoRequest: 0.5 / 1e6,
  dynamoWriteRequestUnit: 0.625 / 1e6,
  dynamoReadRequestUnit: 0.125 / 1e6,
} as const;

export interface CostInputs {
  /** DynamoDB requests per inbound message by command (measured). */
  requests: Record<string, number>;
  /** Write units a BatchWriteItem costs per message (items written; each under 1 KB). */
  batchWriteItems: number;
  webhookMs: number;
  workerMs: number;
  webhookMemoryMb: number;
  workerMemoryMb: number;
}

/** Dollars per 1,000 inbound WhatsApp text messages, line by line. */
export function costPerThousand(inputs: CostInputs): { line: string; dollars: number }[] {
  const r = inputs.requests;
  const writes = (r.UpdateItemCommand ?? 0) + (r.PutItemCommand ?? 0) * 2 /* state item up to 2 KB */ + inputs.batchWriteItems;
  const reads = (r.GetItemCommand ?? 0) * 1; /* strongly consistent, under 4 KB */
  const gbSeconds = (ms: number, mb: number) => (ms / 1000) * (mb / 1024);
  const lines = [
    { line: 'API Gateway HTTP API (webhook call)', dollars: PRICES.httpApiRequest },
    { line: 'Lambda requests (webhook + worker)', dollars: 2 * PRICES.lambdaRequest },
    { line: `Lambda compute (webhook ${inputs.webhookMs.toFixed(1)} ms @ ${inputs.webhookMemoryMb} MB, worker ${inputs.workerMs.toFixed(1)} ms @ ${inputs.workerMemoryMb} MB, arm64)`, dollars: (gbSeconds(inputs.webhookMs, inputs.webhookMemoryMb) + gbSeconds(inputs.workerMs, inputs.workerMemoryMb)) * PRICES.lambdaGbSecondArm },
    { line: 'SQS FIFO (send, receive, delete)', dollars: 3 * PRICES.sqsFifoRequest },
    { line: `DynamoDB writes (${writes} write units)`, dollars: writes * PRICES.dynamoWriteRequestUnit },
    { line: `DynamoDB reads (${reads} read units)`, dollars: reads * PRICES.dynamoReadRequestUnit },
  ];
  return lines.map((l) => ({ ...l, dollars: l.dollars * 1000 }));
}
