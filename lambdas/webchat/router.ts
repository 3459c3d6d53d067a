import type { APIGatewayProxyEventV2 as Event, APIGatewayProxyStructuredResultV2 as Result } from 'aws-lambda';
import type { WebchatGrant } from '../adapters/security/webchat-token';
import { header, jsonBody } from '../http/request';
import { HttpError, errorResponse, json } from '../http/responses';
import type { DirectLine } from './directline';
import { clientNetwork } from './client-network';
import { inboundActivity, startBody, watermarkParam } from './schemas';
import type { WebchatTokens } from '../adapters/security/webchat-token';

export interface RouterDeps {
  directLine: DirectLine;
  tokens: WebchatTokens;
  maxBodyBytes: number;
  now: () => number;
  /** Reports unexpected failures (never with message text); the client gets a 500 without details. */
  onError: (error: unknown) => void;
  /** The value the site's CDN sends to prove a request came through it (see client-network.ts); absent locally. */
  originProof?: string;
}

const PREFIX = '/v3/directline';
const CONVERSATION = /^\/conversations\/([A-Za-z0-9_-]{8,64})(\/activities)?$/;

/** Maps Direct Line routes to the service; every failure becomes a JSON error, never a crash. */
export async function routeDirectLine(event: Event, deps: RouterDeps): Promise<Result> {
  try {
    return await dispatch(event, deps);
  } catch (error) {
    if (error instanceof HttpError) return errorResponse(error);
    deps.onError(error);
    return errorResponse(new HttpError(500, 'ServiceError', 'the service failed; please retry'));
  }
}

async function dispatch(event: Event, deps: RouterDeps): Promise<Result> {
  const method = event.requestContext.http.method.toUpperCase();
  const path = event.rawPath.startsWith(PREFIX) ? event.rawPath.slice(PREFIX.length) : event.rawPath;
  const { directLine } = deps;
  const network = () => clientNetwork(event.requestContext.http.sourceIp, event.headers, deps.originProof);

  if (path === '/tokens/generate' && method === 'POST') {
    if (event.body) jsonBody(event, startBody, deps.maxBodyBytes);
    return json(200, await directLine.startConversation(network()));
  }
  if (path === '/tokens/refresh' && method === 'POST') return json(200, await directLine.resume(authorize(event, deps)));
  if (path === '/conversations' && method === 'POST') {
    if (event.body) jsonBody(event, startBody, deps.maxBodyBytes);
    // With a token from /tokens/generate the conversation already exists; without one, this starts an anonymous one.
    const info = header(event, 'authorization') ? await directLine.resume(authorize(event, deps)) : await directLine.startConversation(network());
    return json(201, info);
  }
  const match = CONVERSATION.exec(path);
  if (!match) throw new HttpError(404, 'NotFound', `no route ${method} ${PREFIX}${path}`);
  const grant = authorize(event, deps, match[1]);
  if (!match[2]) {
    if (method !== 'GET') throw methodNotAllowed('GET');
    return json(200, await directLine.resume(grant));
  }
  if (method === 'POST') return json(200, await directLine.post(grant, jsonBody(event, inboundActivity, deps.maxBodyBytes)));
  if (method === 'GET') {
    const watermark = watermarkParam.safeParse(event.queryStringParameters?.watermark ?? '');
    if (!watermark.success) throw new HttpError(400, 'BadArgument', 'watermark must be a whole number');
    return json(200, await directLine.activities(grant, watermark.data));
  }
  throw methodNotAllowed('GET, POST');
}

/** A token must be present, genuine, unexpired and (where a conversation is named) for that conversation. */
function authorize(event: Event, deps: RouterDeps, conversationId?: string): WebchatGrant {
  const auth = header(event, 'authorization');
  const token = /^Bearer\s+(\S+)$/i.exec(auth ?? '')?.[1];
  if (!token) throw new HttpError(401, 'Unauthorized', 'missing Bearer token', { 'www-authenticate': 'Bearer' });
  const grant = deps.tokens.verify(token, deps.now());
  if (typeof grant === 'string') throw new HttpError(403, 'Forbidden', `token is ${grant}`);
  if (conversationId !== undefined && grant.conversationId !== conversationId) {
    throw new HttpError(403, 'Forbidden', 'token is not valid for this conversation');
  }
  return grant;
}

function methodNotAllowed(allow: string): HttpError {
  return new HttpError(405, 'MethodNotAllowed', `allowed: ${allow}`, { allow });
}
