import { isIP } from 'node:net';
import { equalInConstantTime } from '../core/constant-time';

/**
 * Behind CloudFront, API Gateway's source address is an edge server shared
 * by everyone nearby, so a per-network limit keyed on it would turn away a
 * whole city at once (say, everyone who opened a helper's link in a large
 * group chat). The site's distribution therefore passes the viewer's address
 * in {@link VIEWER_ADDRESS_HEADER} (set by its viewer-request function, which
 * overwrites whatever the client sent) and proves the request came through
 * it with {@link ORIGIN_PROOF_HEADER}. The API's own endpoint stays public
 * (Meta posts the WhatsApp webhook there), so the viewer header is believed
 * only with the proof.
 */
export const VIEWER_ADDRESS_HEADER = 'x-pathways-viewer';
export const ORIGIN_PROOF_HEADER = 'x-pathways-origin';

type Headers = Record<string, string | undefined> | undefined;

/** The network a request comes from, as the key for per-network limits: an IPv4 address, or an IPv6 /64 (one home or phone). */
export function clientNetwork(sourceIp: string, headers: Headers, originProof: string | undefined): string {
  const viewer = headers?.[VIEWER_ADDRESS_HEADER]?.trim();
  const address = originProof && viewer && isIP(viewer) && equalInConstantTime(headers?.[ORIGIN_PROOF_HEADER] ?? '', originProof) ? viewer : sourceIp;
  return isIP(address) === 6 ? ipv6Prefix64(address) : address;
}

/** The first four groups of an IPv6 address, expanded, so every spelling of one /64 gives the same key. */
function ipv6Prefix64(address: string): string {
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4) is two groups, and never in the first four when expanded.
  const rightGroups = right.flatMap((g) => (g.includes('.') ? ['0', '0'] : [g]));
  const groups = tail === undefined ? left : [...left, ...Array(Math.max(0, 8 - left.length - rightGroups.length)).fill('0'), ...rightGroups];
  return `${groups
    .slice(0, 4)
    .map((g) => g.padStart(4, '0'))
    .join(':')}::/64`;
}
