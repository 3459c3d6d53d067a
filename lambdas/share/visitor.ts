/**
 * Which requests count as a person opening a link. Link-preview crawlers
 * fetch every pasted link (often several times, from several apps), and
 * browsers may prefetch; counting them would measure pasting, not reading.
 * An empty user agent is a script, not a phone.
 */
const CRAWLERS =
  /whatsapp|facebookexternalhit|facebookcatalog|facebot|meta-external|twitterbot|slackbot|slack-imgproxy|telegrambot|discordbot|linkedinbot|skypeuripreview|viber|googlebot|bingbot|applebot|yandex|baiduspider|duckduckbot|embedly|iframely|pinterest|redditbot|\bbot\b|crawler|spider|preview/i;

export function isLinkPreviewBot(userAgent: string | undefined): boolean {
  return !userAgent?.trim() || CRAWLERS.test(userAgent);
}

/** Speculative loads announce themselves (Chrome: Sec-Purpose, older: Purpose, Firefox: X-Moz). */
export function isPrefetch(headers: Record<string, string | undefined>): boolean {
  return [headers['sec-purpose'], headers.purpose, headers['x-moz']].some((value) => /prefetch|prerender/i.test(value ?? ''));
}
