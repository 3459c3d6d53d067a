import { stringify } from 'botbuilder-stdlib/lib/stringify';
import { createHash } from 'node:crypto';

/**
 * botbuilder-core's `calculateChangeHash`, which BotState uses to skip
 * unchanged writes, without the module around it: that module also builds a
 * zod (v3) schema at load. Same algorithm; a unit test compares the two.
 */
export function calculateChangeHash(item: Record<string, unknown>): string {
  const { eTag: _eTag, ...rest } = item;
  return createHash('sha256', { encoding: 'utf-8' }).update(stringify(rest)).digest('hex');
}
