import { resolve } from 'node:path';
import * as z from 'zod';
import { buildAll } from './build';
import { startLocalServer } from './local/server';

const env = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    DATA_DIR: z.string().default('.data'),
    DYNAMODB_ENDPOINT: z.url().optional(),
  })
  .parse({ ...process.env, DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT || undefined });

// The SDK warns that its 2027 releases need Node 22 (Lambda's runtime); locally it is noise.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
await buildAll();
const server = await startLocalServer({ port: env.PORT, dataDir: resolve(env.DATA_DIR), dynamodbEndpoint: env.DYNAMODB_ENDPOINT });

console.log(`
Pathways is running locally.
  Web chat              ${server.url}/            (?lang=ar&topic=rights.right-to-work)
  WhatsApp simulator    ${server.url}/dev/whatsapp
  Share link builder    ${server.url}/share
  Topic pages           ${server.url}/t/rights.fair-recruitment?lang=en
  Privacy page          ${server.url}/privacy?lang=en
  Advisers' console     ${server.url}/advisers    (token: npm run -s cli -- adviser token --org demo-org-a --email you@example.org)
  Dev mailbox           ${server.url}/dev/mailbox
  Queue and dead letters ${server.url}/dev/queue
  Health                ${server.url}/health
  Direct Line API       ${server.url}/v3/directline
  WhatsApp webhook      ${server.url}/whatsapp/webhook
  DynamoDB              ${server.dynamodbEndpoint}${env.DYNAMODB_ENDPOINT ? '' : ` (embedded, data in ${resolve(env.DATA_DIR)})`}
Press Ctrl-C to stop.
`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('Stopping…');
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
