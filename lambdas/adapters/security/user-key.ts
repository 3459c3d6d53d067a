import { createHmac } from 'node:crypto';

/**
 * The partition key of everything stored about one person: a keyed hash of
 * channel and user id, so a leaked table reveals no phone numbers and the
 * mapping cannot be rebuilt without the pepper (kept in Secrets Manager).
 */
export function userKey(pepper: string, channel: string, userId: string): string {
  const digest = createHmac('sha256', pepper).update(`${channel}:${userId}`).digest('base64url');
  return `U#${digest.slice(0, 32)}`;
}

