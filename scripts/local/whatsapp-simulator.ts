import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod';
import { signBody } from '../../lambdas/channels/whatsapp/signature';
import type { FakeGraph } from './fake-graph';
import { readBody, sendJson } from './http-util';
import { inboundWebhook, newWamid, statusWebhook, type BusinessNumber, type SimulatedInput } from './webhook-payloads';

const sendRequest = z.object({
  from: z.string().regex(/^\d{6,15}$/, 'a phone number in international format, digits only'),
  name: z.string().max(60).optional(),
  id: z.string().max(200).optional(),
  input: z.union([
    z.object({ text: z.string().min(1).max(4096) }),
    z.object({ reply: z.object({ kind: z.enum(['button', 'list']), id: z.string().max(256), title: z.string().max(72) }) }),
    z.object({ media: z.enum(['image', 'audio', 'sticker', 'location', 'contacts', 'video', 'document']) }),
  ]),
});

/**
 * Meta's side of WhatsApp for local development: signs and posts real
 * webhook deliveries to the local webhook (as a person's messages or as
 * delivery statuses), and shows what the bot sent through the fake Graph API.
 */
export class WhatsAppSimulator {
  constructor(
    private readonly options: { webhookUrl: string; appSecret: string; business: BusinessNumber; graph: FakeGraph },
  ) {}

  /**
   * Posts one signed webhook delivery and returns the webhook's HTTP status.
   * Like Meta, it retries a failed delivery (5xx or no answer) with backoff.
   */
  async deliver(payload: unknown, attempts = 4): Promise<number> {
    const body = JSON.stringify(payload);
    let status = 0;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
      try {
        const res = await fetch(this.options.webhookUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(body, this.options.appSecret) },
          body,
        });
        await res.arrayBuffer();
        status = res.status;
      } catch {
        status = 0;
      }
      if (status > 0 && status < 500) return status;
    }
    return status;
  }

  async sendAsUser(from: string, input: SimulatedInput, id = newWamid(), name?: string): Promise<{ id: string; status: number }> {
    return { id, status: await this.deliver(inboundWebhook(this.options.business, from, input, id, name)) };
  }

  async sendStatus(id: string, to: string, status: string): Promise<number> {
    return this.deliver(statusWebhook(this.options.business, id, to, status));
  }

  async handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/dev/whatsapp/send' && req.method === 'POST') {
      const parsed = sendRequest.safeParse(JSON.parse((await readBody(req, 64 * 1024)).toString('utf8') || '{}'));
      if (!parsed.success) return sendJson(res, 400, { error: z.prettifyError(parsed.error) });
      const { from, input, id, name } = parsed.data;
      return sendJson(res, 200, await this.sendAsUser(from, input as SimulatedInput, id, name));
    }
    if (path === '/dev/whatsapp/messages' && req.method === 'GET') {
      const url = new URL(req.url ?? '', 'http://localhost');
      const to = url.searchParams.get('to') ?? '';
      return sendJson(res, 200, { messages: this.options.graph.messagesFor(to, Number(url.searchParams.get('after') ?? 0)) });
    }
    sendJson(res, 404, { error: 'unknown simulator route' });
  }
}
