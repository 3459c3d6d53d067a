import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/local-server';

const run = promisify(execFile);
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer({}, { queueRetryDelayMs: 30 });
});
afterAll(() => server.stop());

const cli = (...args: string[]) =>
  run('npx', ['tsx', 'scripts/cli.ts', 'data', ...args], {
    env: { ...process.env, DYNAMODB_ENDPOINT: server.dynamodbEndpoint, TABLE_NAME: server.tableName, PEPPER: server.env.PEPPER ?? '' },
  });

describe('data export and erase from the command line', () => {
  it('exports everything held about a WhatsApp user, then erases it', async () => {
    const phone = '447700900555';
    await server.simulator.sendAsUser(phone, { text: 'hello' });
    await server.queue.drained();
    const exported = JSON.parse((await cli('export', '--channel', 'whatsapp', '--user', phone)).stdout) as { items: { sk: string }[] };
    expect(exported.items.map((i) => i.sk)).toEqual(expect.arrayContaining(['STATE']));
    expect(exported.items.some((i) => i.sk.startsWith('IN#'))).toBe(true);
    const erased = JSON.parse((await cli('erase', '--channel', 'whatsapp', '--user', phone)).stdout) as { erasedItems: number };
    expect(erased.erasedItems).toBe(exported.items.length);
    const after = JSON.parse((await cli('export', '--channel', 'whatsapp', '--user', phone)).stdout) as { items: unknown[] };
    expect(after.items).toEqual([]);
  });

  it('refuses incomplete arguments with usage and exit code 2', async () => {
    await expect(cli('erase', '--channel', 'sms')).rejects.toMatchObject({ code: 2 });
  });
});
