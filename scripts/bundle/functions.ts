/**
 * The Lambda functions: one list for the bundler, the CDK stack and the
 * benchmarks. Budgets are the bundled size we accept (bytes, minified);
 * `npm run bench` reports against them and the bundle test enforces them.
 */
export interface FunctionSpec {
  /** Also the folder under lambdas/ holding handler.ts. */
  name: string;
  description: string;
  budgetBytes: number;
}

export const FUNCTIONS = [
  { name: 'webchat', description: 'Web chat: Direct Line subset and /health', budgetBytes: 900 * 1024 },
  { name: 'whatsapp-webhook', description: 'WhatsApp webhook: verify, acknowledge, enqueue (no botbuilder, no AWS SDK)', budgetBytes: 160 * 1024 },
  { name: 'bot-worker', description: 'WhatsApp bot worker: dedup, bot turn, Graph API sends', budgetBytes: 900 * 1024 },
  { name: 'share', description: 'Share links: pages, QR codes, flyers, signing, anonymous counts (no botbuilder, no AWS SDK)', budgetBytes: 512 * 1024 },
  { name: 'advisers-api', description: "Advisers' API: queue, case, claim, notes, status, messages, audit; escalation schedule", budgetBytes: 900 * 1024 },
] as const satisfies readonly FunctionSpec[];

export type FunctionName = (typeof FUNCTIONS)[number]['name'];

export const entryOf = (name: string) => `lambdas/${name}/handler.ts`;
