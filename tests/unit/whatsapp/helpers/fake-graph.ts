import { createGraphClient, type FetchLike, type GraphConfig } from '../../../../lambdas/channels/whatsapp/graph-client';
import { textMessage } from '../../../../lambdas/channels/whatsapp/outbound-types';

/** A fake Graph API: each call plays the next step (status, body, network error or a hang until aborted). */

export const CONFIG: GraphConfig = {
  graphUrl: 'https://graph.example.test/',
  apiVersion: 'v23.0',
  phoneNumberId: '106540352242922',
  accessToken: 'secret-token',
  timeoutMs: 50,
  maxAttempts: 4,
};
export const RECIPIENT = '16505551234';
export const SECRET_TEXT = 'I lost my passport in Tripoli';
export const MESSAGE = textMessage(RECIPIENT, SECRET_TEXT);
const OK = { messaging_product: 'whatsapp', contacts: [{ input: RECIPIENT, wa_id: RECIPIENT }], messages: [{ id: 'wamid.OUT1' }] };

export type Step = number | { status: number; body?: unknown; raw?: string } | 'network' | 'hang';

export const graphError = (status: number, code: number, message = 'Error', extra: object = {}) => ({
  status,
  body: { error: { message, type: 'OAuthException', code, fbtrace_id: 'AbC123', ...extra } },
});

/** A client whose fetch plays `steps` in order, recording calls and sleeps. */
export function harness(steps: Step[], config: Partial<GraphConfig> = {}, random = () => 0.5) {
  const calls: { url: string; init: RequestInit }[] = [];
  const sleeps: number[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, init });
    const step = steps.shift() ?? 200;
    if (step === 'network') return Promise.reject(new TypeError('fetch failed'));
    if (step === 'hang') {
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    const { status, body, raw } = typeof step === 'number' ? { status: step, body: step < 300 ? OK : {}, raw: undefined } : step;
    return Promise.resolve(new Response(raw ?? JSON.stringify(body ?? OK), { status }));
  };
  const client = createGraphClient({ ...CONFIG, ...config }, { fetch, sleep: async (ms) => void sleeps.push(ms), random });
  return { client, calls, sleeps };
}

export async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
}
