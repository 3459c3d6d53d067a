import * as z from 'zod';
import { apiRegistry, listQuery } from './schemas';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string) => ({ description, content: { 'application/json': { schema: ref(id) } } });
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), json('Error', ERROR_TEXT[c] ?? 'error')]));
const ERROR_TEXT: Record<number, string> = {
  400: 'malformed request (body, query or cursor)',
  401: 'missing, malformed, forged or expired token',
  403: 'not allowed for this adviser (e.g. audit trails are for leads)',
  404: "no such referral in the caller's organisation (another organisation's referral is 404 too)",
  409: 'the referral is not in a state that allows this (already claimed, invalid transition, claimed by someone else)',
  413: 'body too large',
  415: 'body is not application/json',
};
const codeParam = { name: 'code', in: 'path', required: true, schema: { type: 'string', pattern: '^PW-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$' } };
const body = (id: string) => ({ required: true, content: { 'application/json': { schema: ref(id) } } });

let cached: Record<string, unknown> | undefined;

/**
 * The OpenAPI 3.1 document of the advisers' API. Components come from the
 * zod schemas the handler validates with (z.toJSONSchema over the
 * registry); paths are assembled here. Built once per process.
 */
export function openApiDocument(): Record<string, unknown> {
  if (cached) return cached;
  const { schemas } = z.toJSONSchema(apiRegistry, { uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, Record<string, unknown>> };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  const queryParams = Object.entries(listQuery.shape).map(([name, schema]) => {
    const { $schema: _s, ...jsonSchema } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    return { name, in: 'query', required: false, schema: jsonSchema };
  });
  const secured = { security: [{ bearerAuth: [] }] };
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'Pathways advisers API',
      version: '1.0.0',
      description:
        "Referrals for an organisation's advisers. The caller's organisation comes from the token (Cognito group org:<id>); leads (group lead) may read audit trails. Every view and change is recorded in a SHA-256-chained audit trail.",
    },
    servers: [{ url: '/advisers/api' }],
    components: { schemas, securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths: {
      '/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1 document' } } } },
      '/sign-in': { get: { summary: 'How the console signs advisers in (public)', responses: { 200: json('SignIn', 'the OAuth endpoints and client id') } } },
      '/me': { get: { ...secured, summary: 'Who the token belongs to', responses: { 200: json('Me', 'the adviser'), ...errors(401) } } },
      '/counts': { get: { ...secured, summary: 'Open referrals per status', responses: { 200: json('QueueCounts', 'counts'), ...errors(401) } } },
      '/referrals': {
        get: { ...secured, summary: 'The queue: urgent first, then oldest first (Query on the queue index, never a Scan)', parameters: queryParams, responses: { 200: json('ReferralList', 'one page; pass `cursor` for the next'), ...errors(400, 401) } },
      },
      '/referrals/{code}': { get: { ...secured, summary: 'One-screen case summary (audited as a view)', parameters: [codeParam], responses: { 200: json('ReferralDetail', 'the case'), ...errors(400, 401, 404) } } },
      '/referrals/{code}/claim': { post: { ...secured, summary: 'Claim a new referral; of two simultaneous claims exactly one wins', parameters: [codeParam], responses: { 200: json('ReferralDetail', 'claimed'), ...errors(401, 404, 409) } } },
      '/referrals/{code}/notes': { post: { ...secured, summary: 'Add an internal note', parameters: [codeParam], requestBody: body('NoteRequest'), responses: { 200: json('ReferralDetail', 'added'), ...errors(400, 401, 404, 409, 413, 415) } } },
      '/referrals/{code}/status': { post: { ...secured, summary: 'Move the case on', parameters: [codeParam], requestBody: body('StatusRequest'), responses: { 200: json('ReferralDetail', 'moved'), ...errors(400, 401, 404, 409, 413, 415) } } },
      '/referrals/{code}/messages': {
        post: {
          ...secured,
          summary:
            "Message the person on their channel, and open the live chat if it is not open. Web chat: shown at once. WhatsApp: sent at once inside the 24-hour window; outside it the message waits and an approved template invites the person to read it.",
          parameters: [codeParam],
          requestBody: body('MessageRequest'),
          responses: { 200: json('ReferralDetail', 'stored, with its delivery state'), ...errors(400, 401, 404, 409, 413, 415) },
        },
      },
      '/referrals/{code}/chat': {
        post: { ...secured, summary: 'Open or end the live chat; the person is told either way', parameters: [codeParam], requestBody: body('ChatRequest'), responses: { 200: json('ReferralDetail', 'the case'), ...errors(400, 401, 404, 409, 413, 415) } },
      },
      '/referrals/{code}/conversation': {
        get: {
          ...secured,
          summary: 'Poll the conversation (new messages, live chat, WhatsApp window); keeps the adviser shown as present',
          parameters: [codeParam, { name: 'after', in: 'query', required: false, schema: { type: 'string', format: 'date-time' } }],
          responses: { 200: json('Conversation', 'messages after `after`'), ...errors(400, 401, 404) },
        },
      },
      '/referrals/{code}/audit': { get: { ...secured, summary: 'Audit trail and its verification (leads only)', parameters: [codeParam], responses: { 200: json('AuditTrail', 'entries, oldest first'), ...errors(401, 403, 404) } } },
    },
  };
  return cached;
}
