import type { TurnScope } from './deps';
import { startUrgent } from './screening-bridge';
import type { Reply } from './messages';
import { CHOICE, mainMenu } from './menus';
import type { ConversationState } from './state';

/** "Show my data": a plain summary of everything held about the person. */
export async function showData(scope: TurnScope): Promise<Reply[]> {
  const counts = await scope.deps.personalData.summary(scope.who.userKey);
  const values = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, String(v)]));
  return [{ text: scope.ns('privacy')('showData', values) }, mainMenu(scope.t)];
}

/** "Delete my data": always confirm first; nothing is deleted by a single ambiguous message. */
export function askErase(state: ConversationState, scope: TurnScope): Reply[] {
  state.awaiting = { kind: 'erase-confirm' };
  const p = scope.ns('privacy');
  return [{ text: p('eraseConfirm'), choices: [{ id: CHOICE.eraseYes, title: p('eraseYes') }, { id: CHOICE.eraseNo, title: p('eraseNo') }] }];
}

/**
 * Safety first: what to do now, then one question asking consent to pass the
 * person's contact to an adviser urgently (an urgent referral, top of the queue).
 */
export function safetyReply(state: ConversationState, scope: TurnScope): Reply[] {
  const urgent = startUrgent(state, scope);
  return [{ text: scope.ns('safety')('urgent') }, ...urgent];
}

/** "Is this really you?": how to recognise the genuine service, and a verdict on any link pasted with the question. */
export function verifyReply(text: string, scope: TurnScope): Reply[] {
  const nav = scope.ns('nav');
  const replies: Reply[] = [];
  const link = scope.deps.checkLink?.(text);
  if (link) replies.push({ text: linkVerdict(link, scope) });
  replies.push({ text: nav('verify', { number: scope.deps.identity.whatsappNumber, url: scope.deps.identity.baseUrl }) }, mainMenu(scope.t));
  return replies;
}

export function linkVerdict(link: NonNullable<ReturnType<NonNullable<TurnScope['deps']['checkLink']>>>, scope: TurnScope): string {
  const nav = scope.ns('nav');
  if (link.kind === 'verified') return link.organisation ? nav('linkVerified', { organisation: link.organisation }) : nav('linkVerifiedNoOrg');
  if (link.kind === 'unverified') return nav('linkUnverified', { url: scope.deps.identity.baseUrl });
  return nav('linkNotOurs');
}
