import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/local-server';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  // botframework-directlinejs speaks through rxjs' ajax, which needs a browser XMLHttpRequest.
  const { default: XHR } = await import('xhr2');
  (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = XHR;
  // The client names WebSocket while wiring itself up even with webSocket off; Node 20 has none. Using it would throw.
  (globalThis as { WebSocket?: unknown }).WebSocket ??= class {
    constructor() {
      throw new Error('this test runs Direct Line over polling only');
    }
  };
  server = await startTestServer();
});
afterAll(() => server.stop());

interface BotActivity {
  type: string;
  text?: string;
  from: { role?: string };
  suggestedActions?: { actions: { title: string; value: unknown }[] };
}

describe('the official Direct Line client', () => {
  it('completes a conversation against /v3/directline with webSocket off', async () => {
    const { DirectLine } = await import('botframework-directlinejs');
    const tokenRes = await fetch(`${server.url}/v3/directline/tokens/generate`, { method: 'POST' });
    const { token } = (await tokenRes.json()) as { token: string };
    const client = new DirectLine({ token, domain: `${server.url}/v3/directline`, webSocket: false, pollingInterval: 200 });
    const received: BotActivity[] = [];
    const waitFor = (predicate: (a: BotActivity) => boolean) =>
      new Promise<BotActivity>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timed out waiting for the bot')), 10_000);
        const check = () => {
          const hit = received.find(predicate);
          if (hit) {
            clearTimeout(timer);
            resolve(hit);
          } else setTimeout(check, 50);
        };
        check();
      });
    const subscription = client.activity$.subscribe((a) => received.push(a as unknown as BotActivity));
    const post = (activity: Record<string, unknown>) =>
      new Promise<string>((resolve, reject) =>
        client.postActivity({ from: { id: 'ignored-by-server' }, ...activity } as never).subscribe({ next: resolve, error: reject }),
      );
    try {
      await post({ type: 'event', name: 'start', value: {} });
      const picker = await waitFor((a) => (a.suggestedActions?.actions.length ?? 0) > 1);
      const english = picker.suggestedActions?.actions.find((a) => a.title === 'English');
      expect(english).toBeDefined();
      const id = await post({ type: 'message', text: 'English', value: english?.value });
      expect(id).toContain('|');
      const menu = await waitFor((a) => a.text?.startsWith('What would you like to know about') ?? false);
      expect(menu.suggestedActions?.actions).toHaveLength(6);
      expect(menu.from.role).toBe('bot');
    } finally {
      subscription.unsubscribe();
      client.end();
    }
  });
});
