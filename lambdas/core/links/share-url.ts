import type { LinkClaim } from './signature';

/**
 * The public URLs of helpers' links, built and read in one place so the
 * pages, the share function, the QR codes and the bot's "is this really
 * you?" check agree on their shape:
 *
 * - `/s/<topic>?lang=xx&src=code&sig=…` share link (previews well, counted)
 * - `/t/<topic>?lang=xx` topic page (static)
 * - `/s/<topic>/qr.svg?…` and `/s/<topic>/flyer?…` its QR code and flyer
 */
export const TOPIC_ID = /^[a-z]+\.[a-z0-9-]+$/;

export interface SignedLink extends LinkClaim {
  sig: string;
}

/** `base` without a trailing slash, so `${base}/s/…` never doubles it. */
export const trimBase = (base: string) => base.replace(/\/+$/, '');

function query(link: LinkClaim & { sig?: string }): string {
  const params = new URLSearchParams({ lang: link.lang });
  if (link.src) params.set('src', link.src);
  if (link.sig) params.set('sig', link.sig);
  return params.toString();
}

export function shareLinkUrl(base: string, link: LinkClaim & { sig?: string }, suffix: '' | '/qr.svg' | '/flyer' = ''): string {
  return `${trimBase(base)}/s/${encodeURIComponent(link.topic)}${suffix}?${query(link)}`;
}

export function topicPagePath(topic: string, lang: string): string {
  return `/t/${encodeURIComponent(topic)}?lang=${encodeURIComponent(lang)}`;
}

export function webchatPath(topic: string, lang: string): string {
  return `/?topic=${encodeURIComponent(topic)}&lang=${encodeURIComponent(lang)}`;
}

/** WhatsApp's click-to-chat link: opens a chat with the number and the message typed in, ready to send. */
export function whatsappUrl(number: string, text: string): string {
  return `https://wa.me/${number.replace(/\D/g, '')}?text=${encodeURIComponent(text)}`;
}

/** The parts of a share URL's path and query; undefined when the path is not `/s/<topic>`. */
export function readSharePath(pathname: string, params: URLSearchParams): (LinkClaim & { sig: string | undefined }) | undefined {
  const match = /^\/s\/([^/]+)$/.exec(pathname);
  if (!match?.[1]) return undefined;
  let topic: string;
  try {
    topic = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  return { topic, lang: params.get('lang') ?? 'en', src: params.get('src') ?? '', sig: params.get('sig') ?? undefined };
}
