import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { signDevAdviserToken } from '../../lambdas/adapters/security/adviser-dev-token';
import { loadDevSecrets } from '../local/dev-secrets';

const options = z.object({ org: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'expected an organisation id like demo-org-a'), email: z.email(), lead: z.boolean().default(false), hours: z.coerce.number().positive().max(24).default(8) });

/**
 * `adviser token --org <org> --email <email> [--lead] [--hours 8]`: prints a
 * local development token for the advisers' console and API, signed with the
 * key in DATA_DIR/dev-secrets.json (the one `npm start` uses). In AWS,
 * advisers sign in with Cognito instead.
 */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'token') return usage();
  let values;
  try {
    ({ values } = parseArgs({ args: rest, options: { org: { type: 'string' }, email: { type: 'string' }, lead: { type: 'boolean' }, hours: { type: 'string' } }, strict: true }));
  } catch (error) {
    console.error((error as Error).message);
    return usage();
  }
  const parsed = options.safeParse(values);
  if (!parsed.success) {
    console.error(z.prettifyError(parsed.error));
    return usage();
  }
  const secrets = await loadDevSecrets(resolve(process.env.DATA_DIR || '.data'));
  console.log(signDevAdviserToken(secrets.adviserSigningKey, parsed.data, Date.now(), parsed.data.hours * 3600));
  return 0;
}

function usage(): number {
  console.error('usage: npm run -s cli -- adviser token --org <org> --email <email> [--lead] [--hours 8]');
  return 2;
}
