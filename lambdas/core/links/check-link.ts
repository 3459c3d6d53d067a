import { isLanguageCode } from '../languages';
import { readSharePath, TOPIC_ID, trimBase } from './share-url';
import { verifyClaim, type ClaimCheck, type VerifyContext } from './verify-claim';

export type ShareLinkCheck = { kind: 'not-ours' } | ClaimCheck;

export interface CheckLinkContext extends VerifyContext {
  /** Where Pathways is served, e.g. `https://pathways.example.org` (a path prefix is allowed). */
  baseUrl: string;
}

/**
 * Answers "is this link really from Pathways?" for a pasted URL, without I/O.
 *
 * - `not-ours`: not a URL on Pathways' address (any scheme other than http(s), another host).
 * - `verified`: a share link whose signature matches (naming its registered
 *   organisation, if any), or a topic page link `/t/<topic>` (it claims no
 *   organisation and shows only Pathways' own text).
 * - `unverified`: on our address but altered, unsigned, naming an
 *   unregistered organisation, or not a topic link at all.
 */
export function checkShareLink(url: string, ctx: CheckLinkContext): ShareLinkCheck {
  let link: URL;
  let base: URL;
  try {
    link = new URL(url.trim());
    base = new URL(ctx.baseUrl);
  } catch {
    return { kind: 'not-ours' };
  }
  if (!/^https?:$/.test(link.protocol) || link.host.toLowerCase() !== base.host.toLowerCase()) return { kind: 'not-ours' };
  const prefix = trimBase(base.pathname);
  if (prefix && link.pathname !== prefix && !link.pathname.startsWith(`${prefix}/`)) return { kind: 'not-ours' };
  const path = link.pathname.slice(prefix.length).replace(/\/(qr\.svg|flyer)$/, '');

  const page = /^\/t\/([^/]+)\/?$/.exec(path);
  if (page?.[1]) {
    const topic = safeDecode(page[1]);
    const lang = link.searchParams.get('lang') ?? 'en';
    const known = TOPIC_ID.test(topic) && (!ctx.topics || ctx.topics.includes(topic));
    return known && isLanguageCode(lang) ? { kind: 'verified', topic, lang } : { kind: 'unverified', reason: 'unknown-topic-or-language' };
  }
  const claim = readSharePath(path, link.searchParams);
  if (!claim) return { kind: 'unverified', reason: 'not-a-share-link' };
  return verifyClaim(claim, claim.sig, ctx);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
