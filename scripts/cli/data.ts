import * as z from 'zod';
import { createDocumentClient } from '../../lambdas/adapters/dynamodb/client';
import { DynamoPersonalData } from '../../lambdas/adapters/dynamodb/personal-data';
import { userKey } from '../../lambdas/adapters/security/user-key';
import { loadDevSecrets } from '../local/dev-secrets';

const args = z.object({
  action: z.enum(['erase', 'export']),
  channel: z.enum(['whatsapp', 'webchat']),
  user: z.string().min(1).max(128),
});

function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

/**
 * `data export|erase --channel whatsapp --user <number>`: for requests that
 * reach the project by other routes (email, a partner, a letter). Uses the
 * same store and erasure code as "delete my data" in the chat. Talks to the
 * DynamoDB in DYNAMODB_ENDPOINT/TABLE_NAME, with the pepper from PEPPER or,
 * locally, the development secrets in DATA_DIR.
 */
export async function run(argv: string[]): Promise<number> {
  const parsed = args.safeParse({ action: argv[0], channel: flag(argv, 'channel'), user: flag(argv, 'user') });
  if (!parsed.success) {
    console.error('usage: npm run -s cli -- data <export|erase> --channel <whatsapp|webchat> --user <id>');
    return 2;
  }
  const { action, channel, user } = parsed.data;
  const pepper = process.env.PEPPER || (await loadDevSecrets(process.env.DATA_DIR || '.data')).pepper;
  const tableName = process.env.TABLE_NAME || 'pathways';
  const endpoint = process.env.DYNAMODB_ENDPOINT || undefined;
  if (!endpoint && !process.env.AWS_REGION) {
    console.error('set DYNAMODB_ENDPOINT (local: the URL npm start prints) or AWS_REGION and credentials');
    return 2;
  }
  const db = createDocumentClient({ region: process.env.AWS_REGION || 'us-east-1', endpoint });
  const data = new DynamoPersonalData(db, tableName);
  const key = userKey(pepper, channel, user);
  const items = await data.items(key);
  if (action === 'export') {
    console.log(JSON.stringify({ channel, user, items }, null, 2));
  } else {
    await data.erase(key);
    console.log(JSON.stringify({ channel, erasedItems: items.length }));
  }
  db.destroy();
  return 0;
}
