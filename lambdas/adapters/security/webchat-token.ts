import { createHmac } from 'node:crypto';
import { equalInConstantTime } from '../../core/constant-time';
import * as z from 'zod';

/** What a web chat token grants: one conversation, for one anonymous user, until `exp`. */
export interface WebchatGrant {
  conversationId: string;
  userId: string;
  /** Epoch seconds. */
  exp: number;
}

const grantSchema = z.object({ c: z.string().min(8).max(64), u: z.string().min(8).max(64), e: z.number().int() });

export type TokenProblem = 'malformed' | 'forged' | 'expired';

/**
 * Compact HMAC-signed tokens (payload.signature, both base64url). A token is
 * scoped to its conversation, so holding one never lets you read another.
 */
export class WebchatTokens {
  constructor(private readonly key: string) {
    if (key.length < 16) throw new Error('web chat token key must be at least 16 characters');
  }

  issue(grant: WebchatGrant): string {
    const payload = Buffer.from(JSON.stringify({ c: grant.conversationId, u: grant.userId, e: grant.exp })).toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  /** Returns the grant, or why the token is unacceptable. */
  verify(token: string, nowMs: number): WebchatGrant | TokenProblem {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return 'malformed';
    if (!equalInConstantTime(this.sign(payload), signature)) return 'forged';
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return 'malformed';
    }
    const parsed = grantSchema.safeParse(decoded);
    if (!parsed.success) return 'malformed';
    if (parsed.data.e * 1000 <= nowMs) return 'expired';
    return { conversationId: parsed.data.c, userId: parsed.data.u, exp: parsed.data.e };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
