import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod';
import { signBody } from '../../lambdas/channels/whatsapp/signature';
import templatesFile from '../../content/whatsapp/templates.json';
import { templatesFileSchema } from '../../lambdas/channels/whatsapp/template-catalogue';
import type { FakeGraph } from './fake-graph';
import { readBody, sendJson } from './http-util';
import { inboundWebhook, newWamid, statusWebhook, type BusinessNumber, type SimulatedInput } from './webhook-payloads';

const laterRequest = z.object({ from: z.string().regex(/^\d{6,15}$/), hours: z.number().int().min(1).max(24 * 30).default(25) }).strict();

const sendRequest = z.object({
  from: z.string().regex(/^\d{6,15}$/, 'a phone number in international format, digits only'),
  name: z.string().max(60).optional(),
  id: z.string().max(200).optional(),
  input: z.union([
    z.object({ text: z.string().min(1).max(4096) }),
    z.object({ reply: z.object({ kind: z.enum(['button', 'list']), id: z.string().max(256), title: z.string().max(72) }) }),
    z.object({ button: z.object({ payload: z.string().max(256), text: z.string().max(60) }) }),
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
    private readonly options: {
      webhookUrl: string;
      appSecret: string;
      business: BusinessNumber;
      graph: FakeGraph;
      /** Moves the bot's record of the person's last message back by `ms` (the dev "a day later"). */
      ageBotWindow?: (waId: string, ms: number) => Promise<void>;
    },
  ) {}

  /**
   * Posts one signed webhook delivery and returns the webhook's HTTP status.
   * Like Meta, it retries a failed delivery (5xx or no answer) with backoff.
   */
  async deliver(payload: unknown, attempts = 4): Promise<number> {
    const body = JSON.stringify(payload);
    // Meta knows when each person last wrote: that is the window it enforces on our replies.
    for (const m of messagesIn(payload)) this.options.graph.noteInbound(m.from, Number(m.timestamp) * 1000);
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

  /**
   * "A day later": time passes for one person, on Meta's side and the bot's,
   * so the 24-hour window closes without waiting a day.
   */
  async later(from: string, hours = 25): Promise<void> {
    const ms = hours * 3_600_000;
    this.options.graph.age(from, ms);
    await this.options.ageBotWindow?.(from, ms);
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
      const messages = this.options.graph.messagesFor(to, Number(url.searchParams.get('after') ?? 0)).map((m) => ({ ...m, preview: templatePreview(m.message) }));
      return sendJson(res, 200, { messages, windowOpen: this.options.graph.windowOpen(to) });
    }
    if (path === '/dev/whatsapp/later' && req.method === 'POST') {
      const parsed = laterRequest.safeParse(JSON.parse((await readBody(req, 1024)).toString('utf8') || '{}'));
      if (!parsed.success) return sendJson(res, 400, { error: z.prettifyError(parsed.error) });
      await this.later(parsed.data.from, parsed.data.hours);
      return sendJson(res, 200, { windowOpen: this.options.graph.windowOpen(parsed.data.from) });
    }
    sendJson(res, 404, { error: 'unknown simulator route' });
  }
}

/** The messages (sender and time) in a webhook payload, whatever else it carries. */
function messagesIn(payload: unknown): { from: string; timestamp: string }[] {
  const entries = (payload as { entry?: { changes?: { value?: { messages?: { from?: unknown; timestamp?: unknown }[] } }[] }[] }).entry ?? [];
  return entries.flatMap((e) => (e.changes ?? []).flatMap((c) => c.value?.messages ?? []))
    .filter((m): m is { from: string; timestamp: string } => typeof m.from === 'string' && /^\d+$/.test(String(m.timestamp)));
}

const templates = templatesFileSchema.parse(templatesFile);

/** What WhatsApp would show for a template we sent: its approved text (from content) with the parameters filled in. */
export function templatePreview(message: Record<string, unknown>): { body: string; button: string; payload: string } | undefined {
  if (message.type !== 'template') return undefined;
  const t = message.template as { name: string; language: { code: string }; components: { type: string; parameters: { text?: string; payload?: string }[] }[] };
  const texts = templates.adviserReply.languages[t.language.code];
  if (!texts) return undefined;
  const param = t.components.find((c) => c.type === 'body')?.parameters[0]?.text ?? '';
  const payload = t.components.find((c) => c.type === 'button')?.parameters[0]?.payload ?? '';
  return { body: texts.body.replace('{{1}}', param), button: texts.button, payload };
}
