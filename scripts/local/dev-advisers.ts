import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { createDocumentClient } from '../../lambdas/adapters/dynamodb/client';
import { MailboxNotifier, type MailboxEntry } from '../../lambdas/adapters/notify/mailbox-notifier';
import { signDevAdviserToken } from '../../lambdas/adapters/security/adviser-dev-token';
import { invokeAsApiGateway, type HttpHandler } from './api-gateway';
import { readBody, sendJson } from './http-util';

const tokenRequest = z.object({ org: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/), email: z.email(), lead: z.boolean().default(false) }).strict();

/**
 * The advisers' side of the local server: the API behind the local API
 * Gateway, a dev sign-in that mints tokens (standing in for Cognito's hosted
 * UI, which is not emulated), the mailbox of sent notifications, and a
 * button's worth of escalation. Everything under /dev exists only locally.
 */
export function devAdvisers(handler: HttpHandler, options: { signingKey: string; endpoint: string; tableName: string }) {
  const db = createDocumentClient({ region: 'us-east-1', endpoint: options.endpoint });
  const mailbox = new MailboxNotifier(db, { tableName: options.tableName, newId: randomUUID });
  return (req: IncomingMessage, res: ServerResponse, path: string): Promise<unknown> | undefined => {
    if (path.startsWith('/advisers/api/')) return invokeAsApiGateway(req, res, handler);
    if (path === '/dev/mailbox.json') return mailbox.list().then((entries) => sendJson(res, 200, entries));
    if (path === '/dev/mailbox') return mailbox.list().then((entries) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(mailboxPage(entries)));
    if (path === '/dev/advisers/token' && req.method === 'POST') return mintToken(req, res, options.signingKey);
    if (path === '/dev/advisers/escalate' && req.method === 'POST') {
      return (handler as unknown as (e: unknown) => Promise<unknown>)({ source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} }).then((r) => sendJson(res, 200, r));
    }
    return undefined;
  };
}

async function mintToken(req: IncomingMessage, res: ServerResponse, key: string): Promise<void> {
  let parsed;
  try {
    parsed = tokenRequest.safeParse(JSON.parse((await readBody(req, 4096)).toString('utf8')));
  } catch {
    return sendJson(res, 400, { error: { code: 'BadArgument', message: 'body is not JSON' } });
  }
  if (!parsed.success) return sendJson(res, 400, { error: { code: 'BadArgument', message: z.prettifyError(parsed.error) } });
  sendJson(res, 200, { token: signDevAdviserToken(key, parsed.data, Date.now()) });
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function mailboxPage(entries: MailboxEntry[]): string {
  const rows = entries
    .map((e) => `<article><h2>${escape(e.subject)}</h2><p class="meta">To ${escape(e.to)} · ${new Date(e.at).toISOString()}</p><pre>${escape(e.body)}</pre></article>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Dev mailbox · Pathways</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:1rem auto;padding:0 1rem}article{border:1px solid #bbb;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}h2{font-size:1.05rem;margin:.3rem 0}.meta{color:#555;margin:0}pre{white-space:pre-wrap;font:inherit}</style></head>
<body><main><h1>Dev mailbox</h1><p>Notifications the local service would have emailed to organisations (newest first). They hold no personal data.</p>${rows || '<p>No notifications yet.</p>'}</main></body></html>`;
}
