import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import registered from '../../content/sources/organisations.json';
import type { LinkCheck, TurnDeps } from '../core/conversation/deps';
import { checkShareLink } from '../core/links/check-link';
import { organisationsFile } from '../core/links/organisations';
import type { AwsCredentials } from './aws/aws-client';
import { identityOf, type BaseConfig } from './config';
import type { ContentBundle } from './content/bundle-types';
import { createTurnDeps } from './content/turn-deps';
import { createLiveChat, LiveChatPointers } from './dynamodb/live-chat';
import { DynamoPersonalData } from './dynamodb/personal-data';
import { blankReferralsBeforeErase } from './dynamodb/referral-erasure';
import type { Logger } from './observability/logger';
import { createReferralPort, screeningPolicy, type ReferralConfig } from './referrals/wiring';

/**
 * The conversation's dependencies as every channel builds them: content,
 * matcher, referrals (notifying organisations), and personal data whose
 * erasure also blanks the person's referrals. One place, so the web chat and
 * the WhatsApp worker cannot drift apart.
 */
export function createConversationDeps(deps: {
  config: BaseConfig;
  referrals: ReferralConfig;
  content: ContentBundle;
  db: DynamoDBDocumentClient;
  logger: Logger;
  credentials: () => AwsCredentials;
  /** Verifies links pasted into the chat ("is this really you?"); absent: links are not checked. */
  linkKey?: string;
}): TurnDeps {
  const { config, db } = deps;
  const referrals = deps.content.pathways
    ? createReferralPort(deps.referrals, { db, tableName: config.tableName, catalogue: deps.content.pathways, logger: deps.logger, credentials: deps.credentials })
    : undefined;
  return createTurnDeps(deps.content, {
    personalData: new DynamoPersonalData(db, config.tableName, referrals ? blankReferralsBeforeErase(referrals.store) : undefined),
    identity: identityOf(config),
    stateRetentionDays: config.stateRetentionDays,
    ...(referrals
      ? { referrals: referrals.port, liveChat: createLiveChat(new LiveChatPointers(db, config.tableName), referrals.store), screeningPolicy: screeningPolicy(deps.referrals) }
      : {}),
    ...(deps.linkKey ? { checkLink: linkChecker(deps.linkKey, identityOf(config).baseUrl) } : {}),
  });
}

/** Finds the first link in a message and says whether Pathways made it (signature, registered organisation). */
function linkChecker(key: string, baseUrl: string): (text: string) => LinkCheck | undefined {
  const organisations = organisationsFile.parse(registered).organisations;
  return (text) => {
    const url = /https?:\/\/\S+/i.exec(text)?.[0];
    if (!url) return undefined;
    const check = checkShareLink(url.replace(/[).,;!?]+$/, ''), { baseUrl, key, organisations });
    if (check.kind === 'verified') return { kind: 'verified', ...(check.organisation ? { organisation: check.organisation.name } : {}) };
    return { kind: check.kind };
  };
}
