import type { APIGatewayProxyEventV2 as Event, APIGatewayProxyStructuredResultV2 as Result } from 'aws-lambda';
import type { AdviserIdentity, AdviserVerifier } from '../adapters/security/adviser-identity';
import { header, jsonBody } from '../http/request';
import { errorResponse, HttpError, json } from '../http/responses';
import { openApiDocument } from './openapi';
import { chatBody, conversationQuery, listQuery, messageBody, noteBody, referralCode, statusBody } from './schemas';
import type { AdvisersService } from './service';

export interface RouterDeps {
  service: AdvisersService;
  verifier: AdviserVerifier;
  /** What GET /sign-in answers (public, like the OpenAPI document). */
  signIn: unknown;
  orgName: (org: string) => string;
  maxBodyBytes: number;
  onError: (error: unknown) => void;
}

export const PREFIX = '/advisers/api';
const REFERRAL = /^\/referrals\/([^/]+)(?:\/(claim|notes|status|messages|audit|chat|conversation))?$/;
const TOKEN_MESSAGES = { missing: 'missing Bearer token', malformed: 'token is malformed', forged: 'token signature is not valid', expired: 'token has expired' } as const;

/** Routes of the advisers' API; every failure is a JSON error, never a crash. Returns the route pattern for logs. */
export async function routeAdvisers(event: Event, deps: RouterDeps): Promise<{ result: Result; route: string; org?: string }> {
  const method = event.requestContext.http.method.toUpperCase();
  const path = event.rawPath.startsWith(PREFIX) ? event.rawPath.slice(PREFIX.length) : event.rawPath;
  let route = 'unknown';
  let who: AdviserIdentity | undefined;
  try {
    if (path === '/openapi.json' && method === 'GET') return { result: json(200, openApiDocument(), { 'cache-control': 'public, max-age=300' }), route: 'openapi' };
    if (path === '/sign-in' && method === 'GET') return { result: json(200, deps.signIn, { 'cache-control': 'public, max-age=300' }), route: 'sign-in' };
    who = await authenticate(event, deps.verifier);
    const match = REFERRAL.exec(path);
    route = match ? `referrals/{code}${match[2] ? `/${match[2]}` : ''}` : path.slice(1);
    return { result: await dispatch(event, method, path, match, who, deps), route, org: who.org };
  } catch (error) {
    if (error instanceof HttpError) return { result: errorResponse(error), route, ...(who ? { org: who.org } : {}) };
    deps.onError(error);
    return { result: errorResponse(new HttpError(500, 'ServiceError', 'the service failed; please retry')), route };
  }
}

async function dispatch(event: Event, method: string, path: string, match: RegExpExecArray | null, who: AdviserIdentity, deps: RouterDeps): Promise<Result> {
  const { service } = deps;
  if (path === '/me') return only(method, 'GET', () => ({ id: who.id, email: who.email ?? null, org: who.org, orgName: deps.orgName(who.org), lead: who.lead }));
  if (path === '/counts') return only(method, 'GET', () => service.counts(who));
  if (path === '/referrals') {
    return only(method, 'GET', () => {
      const query = listQuery.safeParse(event.queryStringParameters ?? {});
      if (!query.success) throw badArgument(query.error.issues[0]);
      return service.list(who, query.data);
    });
  }
  if (!match) throw new HttpError(404, 'NotFound', `no route ${method} ${PREFIX}${path}`);
  const code = referralCode.safeParse(safeDecode(match[1] ?? ''));
  if (!code.success) throw new HttpError(400, 'BadArgument', 'expected a reference code like PW-7K3Q9');
  switch (match[2]) {
    case undefined:
      return only(method, 'GET', () => service.view(who, code.data));
    case 'audit':
      return only(method, 'GET', () => service.audit(who, code.data));
    case 'claim':
      return only(method, 'POST', () => service.claim(who, code.data));
    case 'notes':
      return only(method, 'POST', () => service.addNote(who, code.data, jsonBody(event, noteBody, deps.maxBodyBytes).text));
    case 'status':
      return only(method, 'POST', () => service.setStatus(who, code.data, jsonBody(event, statusBody, deps.maxBodyBytes)));
    case 'chat':
      return only(method, 'POST', () => service.setChat(who, code.data, jsonBody(event, chatBody, deps.maxBodyBytes).open));
    case 'conversation':
      return only(method, 'GET', () => {
        const query = conversationQuery.safeParse(event.queryStringParameters ?? {});
        if (!query.success) throw badArgument(query.error.issues[0]);
        return service.conversation(who, code.data, query.data.after ? Date.parse(query.data.after) : 0);
      });
    default:
      return only(method, 'POST', () => service.sendMessage(who, code.data, jsonBody(event, messageBody, deps.maxBodyBytes).text));
  }
}

async function only(method: string, allowed: string, run: () => unknown): Promise<Result> {
  if (method !== allowed) throw new HttpError(405, 'MethodNotAllowed', `allowed: ${allowed}`, { allow: allowed });
  return json(200, await run());
}

/** A genuine, unexpired token naming exactly one organisation; 401 otherwise (403 when it names none). */
async function authenticate(event: Event, verifier: AdviserVerifier): Promise<AdviserIdentity> {
  const token = /^Bearer\s+(\S+)$/i.exec(header(event, 'authorization') ?? '')?.[1];
  const verified = token ? await verifier.verify(token) : 'missing';
  if (typeof verified !== 'string') return verified;
  if (verified === 'no-organisation') throw new HttpError(403, 'NoOrganisation', 'token names no single organisation (Cognito group org:<id>)');
  throw new HttpError(401, verified === 'expired' ? 'TokenExpired' : 'Unauthorized', TOKEN_MESSAGES[verified], { 'www-authenticate': 'Bearer' });
}

function badArgument(issue: { path: PropertyKey[]; message: string } | undefined): HttpError {
  return new HttpError(400, 'BadArgument', `${issue?.path.map(String).join('.') || 'query'}: ${issue?.message ?? 'invalid'}`);
}

/** A malformed %-escape is bad input (400), not a crash. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
