import { CHOICE } from '../conversation/menus';
import type { Choice, Reply } from '../conversation/messages';
import { anonymousContact } from './contact';
import { findMoney, HIGH_MONTHLY_WAGE, monthly, type Money } from './money';
import { COMPLAINTS_TOPIC, PATTERNS, RED_FLAG_IDS, RED_FLAG_TOPIC, type RedFlagId } from './red-flags';
import { compileLanguage, findAny, findSign, poolGuardsByScript, type CompiledLanguage, type Span } from './rules';
import { quote, tokenizeOffer, type Token } from './tokens';

/** The signs found, in report order, and for each the words that raised it (empty for guided answers). */
export interface OfferCheckResult {
  flags: RedFlagId[];
  evidence: Partial<Record<RedFlagId, string>>;
}

/** A string lookup in the `offer` namespace (an i18next `t` fits). */
export type OfferTranslate = (key: string, options?: Record<string, unknown>) => string;

/** Body of an interactive WhatsApp message; every reply stays inside it so choices can ride on any of them. */
export const MAX_REPLY_CHARS = 1024;

/** Short button titles for the topics a check can point to (the topics' own titles are too long for a button). */
const TOPIC_CHOICE_KEY: Record<string, string> = {
  'rights.fair-recruitment': 'choices.fairRecruitment',
  'rights.keep-your-documents': 'choices.keepDocuments',
  'rights.written-contract': 'choices.writtenContract',
  'pathways.fake-offers': 'choices.fakeOffers',
  'predeparture.check-offer-and-contract': 'choices.checkOffer',
  'rights.complaints-and-remedies': 'choices.complaints',
};

let compiled: CompiledLanguage[] | undefined;
/** Compiled on first use, not at cold start: most turns are not offer checks. */
const languages = () => (compiled ??= poolGuardsByScript(Object.values(PATTERNS)).map(compileLanguage));

/**
 * Looks for the common warning signs in a pasted or forwarded offer, in any
 * of the ten languages or a mix. It reads words, not intentions: it can miss
 * a sign or see one that is not there, and finding none proves nothing (the
 * rendered result says so).
 */
export function checkOffer(text: string): OfferCheckResult {
  const tokens = tokenizeOffer(text);
  const langs = languages();
  const money = findMoney(tokens, langs);
  const lumpSums = new Map(money.filter((m) => !m.wage).map((m) => [m.start, m.end]));
  const lumpSumEnd = (i: number) => lumpSums.get(i);
  const evidence: Partial<Record<RedFlagId, string>> = {};
  for (const id of RED_FLAG_IDS) {
    let first: Span | undefined;
    for (const language of langs) {
      const span = findSign(tokens, lumpSumEnd, language, language.flags[id]);
      if (span && (!first || span.start < first.start)) first = span;
    }
    if (first) evidence[id] = quote(text, tokens, first.start, first.end);
  }
  evidence['high-wage'] ??= lureWage(text, tokens, money, langs);
  evidence['vague-employer'] ??= anonymousContact(text, tokens);
  for (const id of RED_FLAG_IDS) if (evidence[id] === undefined) delete evidence[id];
  return { flags: RED_FLAG_IDS.filter((id) => evidence[id] !== undefined), evidence };
}

/** A high wage in a hard currency for a job that asks for no experience, skills or language. */
function lureWage(text: string, tokens: readonly Token[], money: readonly Money[], langs: readonly CompiledLanguage[]): string | undefined {
  const wage = money.find((m) => m.wage && m.hard && monthly(m) >= HIGH_MONTHLY_WAGE);
  if (!wage) return undefined;
  const ctx = { tokens, lumpSumEnd: () => undefined, blocks: () => false };
  if (!langs.some((l) => findAny(l.lowSkill, ctx))) return undefined;
  return quote(text, tokens, wage.start, wage.periodEnd ?? wage.end);
}

/**
 * The result as chat messages: a summary, one block per sign (what was
 * seen, the right it touches), where to check or complain, and up to three
 * related topics plus the menu. Each message fits WhatsApp's 1024 characters.
 */
export function renderOfferCheck(result: OfferCheckResult, t: OfferTranslate): Reply[] {
  const blocks = [result.flags.length > 0 ? t('summary.found', { count: result.flags.length }) : t('summary.none')];
  for (const id of result.flags) {
    const lines = [`⚠️ *${t(`flags.${id}.title`)}*`];
    const words = result.evidence[id];
    if (words) lines.push(t('quote', { fragment: words.replace(/[*_~`]/gu, '') }));
    lines.push(t(`flags.${id}.right`));
    blocks.push(lines.join('\n'));
  }
  blocks.push(t('where'), t('automatic'));
  const replies: Reply[] = pack(blocks).map((text) => ({ text }));
  const last = replies.at(-1);
  if (last) Object.assign(last, { choicesLabel: t('choices.label'), choices: topicChoices(result.flags, t) });
  return replies;
}

/** Related topics for the signs found (at most three, most harmful sign first), then the menu. */
function topicChoices(flags: readonly RedFlagId[], t: OfferTranslate): Choice[] {
  const topics = flags.length > 0 ? [...flags.map((id) => RED_FLAG_TOPIC[id]), COMPLAINTS_TOPIC] : ['predeparture.check-offer-and-contract', 'pathways.fake-offers'];
  const unique = [...new Set(topics)].slice(0, 3);
  return [...unique.map((id) => ({ id: CHOICE.topic(id), title: t(TOPIC_CHOICE_KEY[id] ?? 'choices.checkOffer') })), { id: CHOICE.menu, title: t('choices.menu') }];
}

/** Joins blocks into as few messages as fit the limit; a block never splits. */
function pack(blocks: readonly string[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    const current = out.at(-1);
    if (current !== undefined && current.length + 2 + block.length <= MAX_REPLY_CHARS) out[out.length - 1] = `${current}\n\n${block}`;
    else out.push(block.slice(0, MAX_REPLY_CHARS));
  }
  return out;
}
