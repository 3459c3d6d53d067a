import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInDescription } from '../../lambdas/advisers-api/sign-in';
import { startTestServer } from '../support/local-server';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const pkce = () => {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
};

/** The browser's part: the sign-in page's form, posted as the person would, up to the redirect with the code. */
async function authorize(challenge: string, redirectUri = `${server.url}/advisers/`, org = 'demo-org-b') {
  const query = { response_type: 'code', client_id: 'pathways-console-local', redirect_uri: redirectUri, state: 'state-1234', scope: 'openid email', code_challenge: challenge, code_challenge_method: 'S256' };
  const page = await fetch(`${server.url}/dev/oauth2/authorize?${new URLSearchParams(query)}`);
  const response = await fetch(`${server.url}/dev/oauth2/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...query, org, email: 'bella@demo-org-b.example.org', lead: 'on' }),
    redirect: 'manual',
  });
  return { page, response, location: response.headers.get('location') ?? '' };
}

async function exchange(code: string, verifier: string, redirectUri = `${server.url}/advisers/`) {
  const response = await fetch(`${server.url}/dev/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: 'pathways-console-local', code, redirect_uri: redirectUri, code_verifier: verifier }),
  });
  return { status: response.status, body: (await response.json()) as { id_token?: string; error?: string } };
}

describe("advisers' sign-in: authorization code with PKCE", () => {
  it('the API tells the console where to sign in: the local stand-in here, Cognito’s hosted UI in AWS', async () => {
    const local = await (await fetch(`${server.url}/advisers/api/sign-in`)).json();
    expect(local).toEqual(signInDescription({ kind: 'local' }));
    expect(local).toMatchObject({ flow: 'authorization_code_pkce', authorizeUrl: '/dev/oauth2/authorize', tokenUrl: '/dev/oauth2/token', logoutUrl: null });
    expect(signInDescription({ kind: 'cognito', domainUrl: 'https://pathways-advisers-1.auth.eu-west-1.amazoncognito.com/', clientId: 'abc123' })).toEqual({
      flow: 'authorization_code_pkce',
      authorizeUrl: 'https://pathways-advisers-1.auth.eu-west-1.amazoncognito.com/oauth2/authorize',
      tokenUrl: 'https://pathways-advisers-1.auth.eu-west-1.amazoncognito.com/oauth2/token',
      logoutUrl: 'https://pathways-advisers-1.auth.eu-west-1.amazoncognito.com/logout',
      clientId: 'abc123',
      scope: 'openid email profile',
      local: false,
    });
  });

  it('signs in: the code comes back to the console with the state, and its token opens the API for that organisation', async () => {
    const { verifier, challenge } = pkce();
    const { page, response, location } = await authorize(challenge);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<label for="org">Organisation</label>');
    expect(response.status).toBe(302);
    const back = new URL(location);
    expect(`${back.origin}${back.pathname}`).toBe(`${server.url}/advisers/`);
    expect(back.searchParams.get('state')).toBe('state-1234');
    const { status, body } = await exchange(back.searchParams.get('code') ?? '', verifier);
    expect(status).toBe(200);
    const me = await (await fetch(`${server.url}/advisers/api/me`, { headers: { authorization: `Bearer ${body.id_token}` } })).json();
    expect(me).toMatchObject({ org: 'demo-org-b', email: 'bella@demo-org-b.example.org', lead: true });
  });

  it('refuses a wrong verifier, and the code is then spent: a code works once, with its own verifier', async () => {
    const { verifier, challenge } = pkce();
    const code = new URL((await authorize(challenge)).location).searchParams.get('code') ?? '';
    expect(await exchange(code, pkce().verifier)).toEqual({ status: 400, body: { error: 'invalid_grant' } });
    expect(await exchange(code, verifier)).toEqual({ status: 400, body: { error: 'invalid_grant' } });

    const fresh = pkce();
    const good = new URL((await authorize(fresh.challenge)).location).searchParams.get('code') ?? '';
    expect((await exchange(good, fresh.verifier)).status).toBe(200);
    expect((await exchange(good, fresh.verifier)).status).toBe(400);
  });

  it('sends codes to this server’s console only, and refuses malformed requests', async () => {
    const { challenge, verifier } = pkce();
    for (const elsewhere of ['https://attacker.example/advisers/', `${server.url}/somewhere-else`]) {
      const { page, response } = await authorize(challenge, elsewhere);
      expect(page.status).toBe(400);
      expect(response.status).toBe(400);
    }
    expect((await fetch(`${server.url}/dev/oauth2/authorize?response_type=token`)).status).toBe(400);
    const code = new URL((await authorize(challenge)).location).searchParams.get('code') ?? '';
    expect((await exchange(code, verifier, 'https://attacker.example/advisers/')).status).toBe(400);
    expect((await exchange('x', 'too-short')).status).toBe(400);
  });
});
