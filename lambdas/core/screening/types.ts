import * as z from 'zod';
import type { Reply, UserInput } from '../conversation/messages';
import type { Translator } from '../i18n/translator';
import type { LanguageCode } from '../languages';
import { DEFAULT_RETENTION_DAYS } from '../retention';
import type { PathwaysCatalogue } from './catalogue';
import type { ReferralPort } from './ports';

/** Deployment choices the flow tells people about (parsed from config by the composition root). */
export interface ScreeningPolicy {
  /** How long a referral is kept; said in the consent text. */
  retentionDays: number;
  /** "usually within N working days": an expectation, not a promise. */
  responseWorkingDays: number;
}

export const DEFAULT_POLICY: ScreeningPolicy = { retentionDays: DEFAULT_RETENTION_DAYS.referrals, responseWorkingDays: 5 };

/** A lookup fixed to the person's language and the `screening` namespace. */
export type ScreeningT = (key: string, options?: Record<string, unknown>) => string;

/** The `t` a screening turn needs, from the process's translator. */
export function screeningTranslator(translator: Translator, language: LanguageCode): ScreeningT {
  return translator.forLanguage(language, 'screening') as unknown as ScreeningT;
}

export interface ScreeningWho {
  channel: 'webchat' | 'whatsapp';
  userKey: string;
  /** Raw WhatsApp number, stored only inside a consented referral. */
  contact?: string;
  /** The web chat conversation an adviser's replies are delivered to. */
  conversationId?: string;
  /** Topic ids read in this conversation; shared only with consent. */
  seenTopics: string[];
  /** The helper link the person arrived from. */
  source?: string;
}

export type ScreeningInput = UserInput | { kind: 'begin'; urgent?: boolean };

export interface ScreeningContext {
  state: ScreeningState | undefined;
  input: ScreeningInput;
  language: LanguageCode;
  t: ScreeningT;
  ports: { referrals: ReferralPort };
  who: ScreeningWho;
  now: number;
  /** A fresh random string (e.g. a UUID): the seed of reference codes. */
  newId: () => string;
  /** Questions, routes and organisations (bundle.pathways). */
  catalogue: PathwaysCatalogue;
  policy?: Partial<ScreeningPolicy>;
}

/** How the flow ended this turn, so the engine can follow up (e.g. show the main menu). */
export type ScreeningOutcome = 'stopped' | 'menu' | 'not-qualified' | 'declined' | 'referred' | 'done';

export interface ScreeningResult {
  /** `undefined`: the flow is over and the engine returns to normal. */
  state: ScreeningState | undefined;
  replies: Reply[];
  /** Set when `state` is undefined. */
  outcome?: ScreeningOutcome;
}

const answer = z.union([z.string().max(200), z.number(), z.null()]);
const answers = z.record(z.string().max(40), answer);
const code = z.string().max(12);

/**
 * The flow's own state, kept inside the conversation state between turns.
 * Validated on the way in (`parseScreeningState`), so an old or damaged item
 * restarts nothing and crashes nothing: it simply ends the flow.
 */
export const screeningStateSchema = z.discriminatedUnion('mode', [
  z.object({ v: z.literal(1), mode: z.literal('ask'), step: z.string().max(40), answers, history: z.array(z.string().max(40)).max(40) }),
  z.object({ v: z.literal(1), mode: z.literal('route'), answers, routes: z.array(z.string().max(60)).max(10) }),
  z.object({ v: z.literal(1), mode: z.literal('consent'), answers, route: z.string().max(60), organisation: z.string().max(60), code }),
  z.object({ v: z.literal(1), mode: z.literal('urgent'), organisation: z.string().max(60), code }),
  z.object({ v: z.literal(1), mode: z.literal('withdraw-pick'), codes: z.array(code).max(10) }),
  z.object({ v: z.literal(1), mode: z.literal('withdraw-confirm'), code }),
]);

export type ScreeningState = z.infer<typeof screeningStateSchema>;

/** Reads a stored screening state; anything unreadable counts as "no flow running". */
export function parseScreeningState(stored: unknown): ScreeningState | undefined {
  const parsed = screeningStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** Choice ids the flow offers. `scr:` keeps them apart from the engine's; `menu` and `topic:` are the engine's own. */
export const SCREENING_CHOICE = {
  back: 'scr:back',
  skip: 'scr:skip',
  stop: 'scr:stop',
  answer: (question: string, choice: string) => `scr:a:${question}:${choice}`,
  route: (id: string) => `scr:route:${id}`,
  consentYes: 'scr:consent:yes',
  consentNo: 'scr:consent:no',
  urgentYes: 'scr:urgent:yes',
  urgentNo: 'scr:urgent:no',
  withdrawPick: (code: string) => `scr:wd:${code}`,
  withdrawYes: 'scr:withdraw:yes',
  withdrawNo: 'scr:withdraw:no',
  menu: 'menu',
  topic: (id: string) => `topic:${id}`,
} as const;

export function policyOf(ctx: Pick<ScreeningContext, 'policy'>): ScreeningPolicy {
  return { ...DEFAULT_POLICY, ...ctx.policy };
}
