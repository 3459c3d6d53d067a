import type * as z from 'zod';
import type { signInResponse } from './schemas';

/** The console's client id with the local dev authorization server (scripts/local/dev-oauth.ts). */
export const DEV_CONSOLE_CLIENT_ID = 'pathways-console-local';

/** Where the console sends advisers to sign in, from the function's auth configuration. */
export type SignInSetup = { kind: 'local' } | { kind: 'cognito'; domainUrl: string; clientId: string };

/**
 * How the console signs advisers in: the OAuth 2.0 authorization code flow
 * with PKCE, against Cognito's hosted UI in AWS and against the local dev
 * authorization server under `npm start`, so both run the same console code.
 * The console asks for ID tokens (email and groups are claims of those).
 */
export function signInDescription(setup: SignInSetup): z.infer<typeof signInResponse> {
  if (setup.kind === 'local') {
    return { flow: 'authorization_code_pkce', authorizeUrl: '/dev/oauth2/authorize', tokenUrl: '/dev/oauth2/token', logoutUrl: null, clientId: DEV_CONSOLE_CLIENT_ID, scope: 'openid email', local: true };
  }
  const base = setup.domainUrl.replace(/\/+$/, '');
  return { flow: 'authorization_code_pkce', authorizeUrl: `${base}/oauth2/authorize`, tokenUrl: `${base}/oauth2/token`, logoutUrl: `${base}/logout`, clientId: setup.clientId, scope: 'openid email profile', local: false };
}
