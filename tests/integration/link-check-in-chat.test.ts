import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signLink } from '../../lambdas/core/links/signature';
import { shareLinkUrl } from '../../lambdas/core/links/share-url';
import type { OutboundMessage } from '../../lambdas/channels/whatsapp/outbound-types';
import { startTestServer } from '../support/local-server';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer({ PUBLIC_BASE_URL: 'https://pathways.example.org' }, { queueRetryDelayMs: 30 });
});
afterAll(() => server.stop());

const bodyOf = (m: OutboundMessage) => (m.type === 'text' ? m.text.body : m.interactive.body.text);

async function ask(phone: string, text: string): Promise<string> {
  const before = server.graph.messagesFor(phone).length;
  await server.simulator.sendAsUser(phone, { text });
  await server.queue.drained();
  return server.graph.messagesFor(phone).slice(before).map((m) => bodyOf(m.message as unknown as OutboundMessage)).join('\n');
}

describe('"is this really you?" with a pasted link, on WhatsApp', () => {
  it('tells a genuine, signed link from an altered one and from a stranger\'s', async () => {
    const phone = '447700900611';
    await server.simulator.sendAsUser(phone, { reply: { kind: 'list', id: 'lang:en', title: 'English' } });
    await server.queue.drained();
    const claim = { topic: 'rights.fair-recruitment', lang: 'en', src: 'demo-ngo' };
    const genuine = shareLinkUrl('https://pathways.example.org', { ...claim, sig: signLink(server.env.LINK_SIGNING_SECRET ?? '', claim) });
    expect(await ask(phone, `is this really you? ${genuine}`)).toContain('Example NGO (demo)');
    expect(await ask(phone, `is this really you? ${genuine.replace('fair-recruitment', 'right-to-work')}`)).toMatch(/Be careful: this link looks like a Pathways link/);
    expect(await ask(phone, 'is this really you? https://pathways-jobs.example.net/apply')).toMatch(/not a Pathways link/);
  });
});
