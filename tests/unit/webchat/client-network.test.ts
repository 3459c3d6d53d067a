import { describe, expect, it } from 'vitest';
import { VIEWER_ADDRESS_CODE } from '../../../lib/static-site-rewrite';
import { clientNetwork, ORIGIN_PROOF_HEADER, VIEWER_ADDRESS_HEADER } from '../../../lambdas/webchat/client-network';

const PROOF = 'k3Vq9mZ2xW8pL4tR7nB1cY6hJ0sD5fG3aE2uQ9iO';
const EDGE = '130.176.1.1';

describe('the network a web chat request comes from', () => {
  it('believes the viewer address only with the distribution’s proof', () => {
    const viewer = { [VIEWER_ADDRESS_HEADER]: '198.51.100.7' };
    expect(clientNetwork(EDGE, { ...viewer, [ORIGIN_PROOF_HEADER]: PROOF }, PROOF)).toBe('198.51.100.7');
    // Straight to the API's own endpoint with a made-up address: the real source address counts.
    expect(clientNetwork(EDGE, viewer, PROOF)).toBe(EDGE);
    expect(clientNetwork(EDGE, { ...viewer, [ORIGIN_PROOF_HEADER]: `${PROOF}x` }, PROOF)).toBe(EDGE);
    expect(clientNetwork(EDGE, { ...viewer, [ORIGIN_PROOF_HEADER]: PROOF.replace('k', 'K') }, PROOF)).toBe(EDGE);
    // Locally there is no distribution and no proof: nothing a client sends is believed.
    expect(clientNetwork('127.0.0.1', { ...viewer, [ORIGIN_PROOF_HEADER]: PROOF }, undefined)).toBe('127.0.0.1');
    // A proven header that is not an address is ignored.
    expect(clientNetwork(EDGE, { [VIEWER_ADDRESS_HEADER]: 'not-an-ip', [ORIGIN_PROOF_HEADER]: PROOF }, PROOF)).toBe(EDGE);
  });

  it('counts an IPv6 viewer by its /64, however the address is written', () => {
    const net = (ip: string) => clientNetwork(EDGE, { [VIEWER_ADDRESS_HEADER]: ip, [ORIGIN_PROOF_HEADER]: PROOF }, PROOF);
    expect(net('2001:db8:abcd:12::1')).toBe('2001:0db8:abcd:0012::/64');
    expect(net('2001:DB8:ABCD:12:ffff:1:2:3')).toBe('2001:0db8:abcd:0012::/64');
    expect(net('2001:0db8:abcd:0012:0000:0000:0000:0009')).toBe('2001:0db8:abcd:0012::/64');
    expect(net('2001:db8::1')).toBe('2001:0db8:0000:0000::/64');
    expect(net('::ffff:192.0.2.1')).toBe('0000:0000:0000:0000::/64');
    expect(net('2001:db8:abcd:13::1')).not.toBe(net('2001:db8:abcd:12::1'));
  });

  it('the distribution’s function sets the viewer address and overwrites one the client sent', () => {
    const handler = new Function(`${VIEWER_ADDRESS_CODE}; return handler;`)() as (event: unknown) => { headers: Record<string, { value: string }> };
    const request = handler({ viewer: { ip: '203.0.113.9' }, request: { headers: { [VIEWER_ADDRESS_HEADER]: { value: '10.0.0.1' }, host: { value: 'x' } } } });
    expect(request.headers[VIEWER_ADDRESS_HEADER]).toEqual({ value: '203.0.113.9' });
    expect(request.headers.host).toEqual({ value: 'x' });
  });
});
