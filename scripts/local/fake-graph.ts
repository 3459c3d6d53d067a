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

/**
 * Plays Meta's Graph API for `npm start` and the tests: records every message
 * the bot sends, answers like the Cloud API, and can be told to fail. Each
 * accepted message also produces `sent` and `delivered` status webhooks, as
 * Meta would, through `onStatus`.
 */
export class FakeGraph {
  readonly sent: SentMessage[] = [];
  readonly read = new Set<string>();
  private fault: GraphFault | undefined;
  /** Called for each accepted message (benchmarks wait on replies this way). */
  readonly listeners = new Set<(sent: SentMessage) => void>();
  /** Whether accepted messages produce status webhooks, as Meta's do (benchmarks switch it off to count one message's cost). */
  emitStatuses = true;
  private seq = 0;

  constructor(
    private readonly accessToken: string,
    private readonly onStatus: (status: { id: string; to: string; status: 'sent' | 'delivered' }) => void = () => undefined,
  ) {}

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
      return sendJson(res, 200, { success: true });
    }
    const to = String(body.to ?? '');
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
