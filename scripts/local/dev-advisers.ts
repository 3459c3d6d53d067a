import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createDocumentClient } from '../../lambdas/adapters/dynamodb/client';
import { MailboxNotifier, type MailboxEntry } from '../../lambdas/adapters/notify/mailbox-notifier';
import { contentBundle } from '../../lambdas/adapters/content/bundle';
import { invokeAsApiGateway, type HttpHandler } from './api-gateway';
import { DevAuthorizationServer } from './dev-oauth';
import { sendJson } from './http-util';

/**
 * The advisers' side of the local server: the API behind the local API
 * Gateway, a dev authorization server standing in for Cognito's hosted UI
 * (the console runs the same sign-in flow against both), the mailbox of sent
 * notifications, and a button's worth of escalation. Everything under /dev
 * exists only locally.
 */
export function devAdvisers(handler: HttpHandler, options: { signingKey: string; endpoint: string; tableName: string; baseUrl: () => string }) {
  const db = createDocumentClient({ region: 'us-east-1', endpoint: options.endpoint });
  const mailbox = new MailboxNotifier(db, { tableName: options.tableName, newId: randomUUID });
  const organisations = (contentBundle.pathways?.organisations ?? []).map((o) => ({ id: o.id, name: o.name }));
  const oauth = new DevAuthorizationServer({ signingKey: options.signingKey, baseUrl: options.baseUrl, organisations });
  return (req: IncomingMessage, res: ServerResponse, path: string): Promise<unknown> | undefined => {
    const signIn = oauth.handle(req, res, path);
    if (signIn) return signIn;
    if (path.startsWith('/advisers/api/')) return invokeAsApiGateway(req, res, handler);
    if (path === '/dev/mailbox.json') return mailbox.list().then((entries) => sendJson(res, 200, entries));
    if (path === '/dev/mailbox') return mailbox.list().then((entries) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(mailboxPage(entries)));
    if (path === '/dev/advisers/escalate' && req.method === 'POST') {
      return (handler as unknown as (e: unknown) => Promise<unknown>)({ source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} }).then((r) => sendJson(res, 200, r));
    }
    return undefined;
  };
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
