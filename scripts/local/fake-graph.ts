import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from './http-util';

export interface SentMessage {
  seq: number;
  id: string;
  to: string;
  at: string;
  /** performance.now() when recorded, for latency measurements. */
  atMs: number;
  message: Record<string, unknown>;
}

/** A scripted failure: the next `count` sends answer `status` with Graph error `code` (count -1: forever). */
export interface GraphFault {
  count: number;
  status: number;
  code: number;
}

/** WhatsApp's customer-service window, as Meta enforces it. */
const WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Plays Meta's Graph API for `npm start` and the tests: records every message
 * the bot sends, answers like the Cloud API, and can be told to fail. Like
 * Meta it refuses free-form messages (131047) to someone who has not written
 * in the last 24 hours, and accepts templates. Each accepted message also
 * produces `sent` and `delivered` status webhooks, as Meta would, through
 * `onStatus`.
 */
export class FakeGraph {
  readonly sent: SentMessage[] = [];
  readonly read = new Set<string>();
  private fault: GraphFault | undefined;
  /** Called for each accepted message (benchmarks wait on replies this way). */
  readonly listeners = new Set<(sent: SentMessage) => void>();
  /** Called when the bot marks an inbound message read, which it does before answering it (benchmarks match replies to messages this way). */
  readonly readListeners = new Set<(messageId: string) => void>();
  /** Whether accepted messages produce status webhooks, as Meta's do (benchmarks switch it off to count one message's cost). */
  emitStatuses = true;
  private seq = 0;
  /** When each person last wrote (epoch ms), as the simulator delivered it: the window Meta enforces. */
  private readonly lastInbound = new Map<string, number>();

  constructor(
    private readonly accessToken: string,
    private readonly onStatus: (status: { id: string; to: string; status: 'sent' | 'delivered' }) => void = () => undefined,
  ) {}

  /** The simulator tells us each time a person writes (with the time in their message). */
  noteInbound(waId: string, at: number): void {
    this.lastInbound.set(waId, Math.max(at, this.lastInbound.get(waId) ?? 0));
  }

  /** Moves a person's last message back in time, as if `ms` had passed since ("a day later"). */
  age(waId: string, ms: number): void {
    const last = this.lastInbound.get(waId);
    if (last !== undefined) this.lastInbound.set(waId, last - ms);
  }

  windowOpen(waId: string, now = Date.now()): boolean {
    const last = this.lastInbound.get(waId);
    return last !== undefined && now - last < WINDOW_MS;
  }

  setFault(fault: GraphFault | undefined): void {
    this.fault = fault && fault.count !== 0 ? fault : undefined;
  }

  messagesFor(to: string, after = 0): SentMessage[] {
    return this.sent.filter((m) => m.to === to && m.seq > after);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.authorization !== `Bearer ${this.accessToken}`) {
      return sendJson(res, 401, { error: { message: 'Invalid OAuth access token', type: 'OAuthException', code: 190 } });
    }
    const body = JSON.parse((await readBody(req)).toString('utf8')) as Record<string, unknown>;
    if (this.fault) {
      const { status, code } = this.fault;
      if (this.fault.count > 0 && --this.fault.count === 0) this.fault = undefined;
      return sendJson(res, status, { error: { message: 'simulated failure', type: 'OAuthException', code, fbtrace_id: 'local' } });
    }
    if (body.status === 'read' && typeof body.message_id === 'string') {
      this.read.add(body.message_id);
      for (const listener of this.readListeners) listener(body.message_id);
      return sendJson(res, 200, { success: true });
    }
    const to = String(body.to ?? '');
    if (body.type !== 'template' && !this.windowOpen(to)) {
      return sendJson(res, 400, { error: { message: 'Re-engagement message', type: 'OAuthException', code: 131047, error_data: { details: 'More than 24 hours have passed since the recipient last replied.' }, fbtrace_id: 'local' } });
    }
    const id = `wamid.local${randomBytes(12).toString('hex')}`;
    const sent = { seq: ++this.seq, id, to, at: new Date().toISOString(), atMs: performance.now(), message: body };
    this.sent.push(sent);
    for (const listener of this.listeners) listener(sent);
    if (this.emitStatuses) {
      setTimeout(() => {
        this.onStatus({ id, to, status: 'sent' });
        this.onStatus({ id, to, status: 'delivered' });
      }, 20);
    }
    return sendJson(res, 200, { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id }] });
  }
}
