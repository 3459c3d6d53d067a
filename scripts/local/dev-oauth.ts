import { createHash, randomBytes } from 'node:crypto';
import { equalInConstantTime } from '../../lambdas/core/constant-time';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod';
import { signDevAdviserToken } from '../../lambdas/adapters/security/adviser-dev-token';
import { DEV_CONSOLE_CLIENT_ID } from '../../lambdas/advisers-api/sign-in';
import { readBody, sendJson } from './http-util';

/** A code is good for one exchange, within this time (Cognito: 5 minutes). */
const CODE_TTL_MS = 5 * 60_000;
const TOKEN_TTL_SECONDS = 8 * 3600;

const authorizeQuery = z.object({
  response_type: z.literal('code'),
  client_id: z.literal(DEV_CONSOLE_CLIENT_ID),
  redirect_uri: z.url(),
  state: z.string().min(8).max(200),
  scope: z.string().max(200).optional(),
  code_challenge: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'an S256 challenge: 43 base64url characters'),
  code_challenge_method: z.literal('S256'),
});
const signInForm = authorizeQuery.extend({
  org: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/),
  email: z.email(),
  lead: z.literal('on').optional(),
});
const tokenForm = z.object({
  grant_type: z.literal('authorization_code'),
  client_id: z.literal(DEV_CONSOLE_CLIENT_ID),
  code: z.string().min(1).max(200),
  redirect_uri: z.url(),
  code_verifier: z.string().regex(/^[A-Za-z0-9._~-]{43,128}$/, 'a PKCE verifier (RFC 7636)'),
});

interface Grant {
  org: string;
  email: string;
  lead: boolean;
  challenge: string;
  redirectUri: string;
  expiresAt: number;
}

/**
 * Cognito's hosted UI, played locally: the OAuth 2.0 authorization code flow
 * with PKCE, as the console runs it against Cognito in AWS. The sign-in page
 * asks for a demo organisation and an email instead of a password. Codes are
 * single-use, short-lived, bound to the PKCE challenge and to a redirect back
 * to this server's console (never elsewhere).
 */
export class DevAuthorizationServer {
  private readonly grants = new Map<string, Grant>();

  constructor(
    private readonly options: { signingKey: string; baseUrl: () => string; organisations: { id: string; name: string }[] },
  ) {}

  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> | undefined {
    if (path === '/dev/oauth2/authorize' && req.method === 'GET') return this.page(req, res);
    if (path === '/dev/oauth2/authorize' && req.method === 'POST') return this.authorize(req, res);
    if (path === '/dev/oauth2/token' && req.method === 'POST') return this.token(req, res);
    return undefined;
  }

  private async page(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const query = authorizeQuery.safeParse(Object.fromEntries(new URL(req.url ?? '', 'http://localhost').searchParams));
    if (!query.success || !this.ownConsole(query.data.redirect_uri)) return this.refuse(res, query.success ? 'redirect_uri is not this server’s console' : z.prettifyError(query.error));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(signInPage(query.data, this.options.organisations));
  }

  private async authorize(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = signInForm.safeParse(Object.fromEntries(new URLSearchParams((await readBody(req, 8192)).toString('utf8'))));
    if (!form.success || !this.ownConsole(form.data.redirect_uri)) return this.refuse(res, form.success ? 'redirect_uri is not this server’s console' : z.prettifyError(form.error));
    const code = randomBytes(24).toString('base64url');
    const { org, email, lead, code_challenge, redirect_uri, state } = form.data;
    this.grants.set(code, { org, email, lead: lead === 'on', challenge: code_challenge, redirectUri: redirect_uri, expiresAt: Date.now() + CODE_TTL_MS });
    const back = new URL(redirect_uri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', state);
    res.writeHead(302, { location: back.toString(), 'cache-control': 'no-store' }).end();
  }

  private async token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = tokenForm.safeParse(Object.fromEntries(new URLSearchParams((await readBody(req, 8192)).toString('utf8'))));
    if (!form.success) return sendJson(res, 400, { error: 'invalid_request', error_description: z.prettifyError(form.error) });
    const grant = this.grants.get(form.data.code);
    // Single use, whatever happens next (RFC 6749 4.1.2).
    this.grants.delete(form.data.code);
    if (!grant || grant.expiresAt < Date.now() || grant.redirectUri !== form.data.redirect_uri || !matchesChallenge(form.data.code_verifier, grant.challenge)) {
      return sendJson(res, 400, { error: 'invalid_grant' });
    }
    const idToken = signDevAdviserToken(this.options.signingKey, { org: grant.org, email: grant.email, lead: grant.lead }, Date.now(), TOKEN_TTL_SECONDS);
    sendJson(res, 200, { id_token: idToken, access_token: idToken, token_type: 'Bearer', expires_in: TOKEN_TTL_SECONDS });
  }

  /** Only this server's console may receive codes (any loopback name for it): no open redirect, even locally. */
  private ownConsole(uri: string): boolean {
    const url = new URL(uri);
    const own = new URL(this.options.baseUrl());
    const loopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
    return url.protocol === own.protocol && url.port === own.port && loopback(url.hostname) && loopback(own.hostname) && url.pathname === '/advisers/';
  }

  private refuse(res: ServerResponse, why: string): void {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(`Sign-in request refused: ${why}`);
  }
}

/** RFC 7636 S256: the challenge is the base64url SHA-256 of the verifier. */
export function matchesChallenge(verifier: string, challenge: string): boolean {
  return equalInConstantTime(createHash('sha256').update(verifier).digest('base64url'), challenge);
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function signInPage(query: z.infer<typeof authorizeQuery>, organisations: { id: string; name: string }[]): string {
  const hidden = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(String(v))}">`)
    .join('');
  const options = organisations.map((o) => `<option value="${escape(o.id)}">${escape(o.name)}</option>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Sign in · Pathways advisers (local)</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:30rem;margin:2rem auto;padding:0 1rem}label{display:block;margin-top:.75rem;font-weight:600}input[type=email],select{font:inherit;width:100%;padding:.4rem}.check{margin-top:.75rem}.check label{display:inline;font-weight:400}button{font:inherit;margin-top:1rem;padding:.5rem 1.25rem}p.note{color:#4a4a4a}</style></head>
<body><main><h1>Sign in</h1><p class="note">Local development stands in for your organisation’s sign-in (Cognito in AWS): choose a demo organisation. No password is needed here.</p>
<form method="post" action="/dev/oauth2/authorize">${hidden}
<label for="org">Organisation</label><select id="org" name="org">${options}</select>
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="email" required value="adviser@example.org">
<div class="check"><input id="lead" name="lead" type="checkbox"> <label for="lead">Sign in as a lead (can read audit trails)</label></div>
<button type="submit">Sign in</button></form></main></body></html>`;
}
