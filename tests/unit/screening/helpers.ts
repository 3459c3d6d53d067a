import type { Reply, UserInput } from '../../../lambdas/core/conversation/messages';
import { createTranslator } from '../../../lambdas/core/i18n/translator';
import type { LanguageCode } from '../../../lambdas/core/languages';
import {
  isFinished,
  screeningTurn,
  type NewReferral,
  type PathwaysCatalogue,
  type ReferralPort,
  type ReferralStatus,
  type ScreeningContext,
  type ScreeningInput,
  type ScreeningResult,
  type ScreeningState,
  type UserReferral,
} from '../../../lambdas/core/screening';
import { loadContent } from '../../support/content';

/** The port in memory: enough to test the flow without a table. */
export class MemoryReferrals implements ReferralPort {
  readonly items = new Map<string, NewReferral & { status: ReferralStatus }>();
  /** Codes to report as taken by someone else, to test redrawing. */
  readonly taken = new Set<string>();

  async create(r: NewReferral) {
    if (this.taken.has(r.code)) return 'code-taken' as const;
    const existing = this.items.get(r.code);
    if (existing) return existing.userKey === r.userKey ? ('exists' as const) : ('code-taken' as const);
    this.items.set(r.code, { ...r, status: 'new' });
    return 'created' as const;
  }

  async listForUser(userKey: string): Promise<UserReferral[]> {
    return [...this.items.values()]
      .filter((r) => r.userKey === userKey)
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((r) => ({ code: r.code, pathway: r.pathway, organisation: r.organisation, status: r.status, urgent: r.urgent, createdAt: r.createdAt }));
  }

  async withdraw(userKey: string, code: string) {
    const r = this.items.get(code);
    if (!r || r.userKey !== userKey) return 'not-found' as const;
    if (isFinished(r.status)) return 'finished' as const;
    r.status = 'withdrawn';
    return 'withdrawn' as const;
  }
}

export interface Harness {
  referrals: MemoryReferrals;
  catalogue: PathwaysCatalogue;
  state: ScreeningState | undefined;
  last: ScreeningResult | undefined;
  /** Sends one input; typed strings are text, `#id` is a tapped choice. */
  say(input: string | ScreeningInput): Promise<ScreeningResult>;
  context(input: ScreeningInput): ScreeningContext;
}

let seed = 0;

/** A person talking to the flow, with the real content and strings. */
export async function harness(language: LanguageCode = 'en', who: Partial<ScreeningContext['who']> = {}): Promise<Harness> {
  const bundle = await loadContent();
  const catalogue = bundle.pathways;
  if (!catalogue) throw new Error('content has no pathways');
  const t = createTranslator(bundle.locales).forLanguage(language, 'screening') as unknown as ScreeningContext['t'];
  const referrals = new MemoryReferrals();
  const h: Harness = {
    referrals,
    catalogue,
    state: undefined,
    last: undefined,
    context: (input) => ({
      state: h.state,
      input,
      language,
      t,
      ports: { referrals },
      who: { channel: 'whatsapp', userKey: 'U#person', contact: '+254700000001', seenTopics: ['rights.right-to-work'], ...who },
      now: Date.UTC(2025, 0, 15, 9, 0, 0),
      newId: () => `seed-${++seed}`,
      catalogue,
    }),
    say: async (said) => {
      const input: ScreeningInput = typeof said !== 'string' ? said : said.startsWith('#') ? { kind: 'choice', id: said.slice(1) } : { kind: 'text', text: said };
      h.last = await screeningTurn(h.context(input));
      h.state = h.last.state;
      return h.last;
    },
  };
  return h;
}

export const texts = (replies: Reply[]) => replies.map((r) => r.text).join('\n---\n');
export const ids = (reply: Reply | undefined) => reply?.choices?.map((c) => c.id) ?? [];
export const asInput = (text: string): UserInput => ({ kind: 'text', text });
