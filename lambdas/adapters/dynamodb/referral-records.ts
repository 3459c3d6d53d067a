import type { NewReferral } from '../../core/screening/ports';
import { GENESIS_HASH, seal } from './audit-chain';
import { expiryAfterDays } from './client';
import { pointerKey, queueLanguagePartition, queuePartition, queueSort, referralKey, type Actor } from './referral-items';

/** The person, as the audit trail names them: never their key, which erasure must be able to forget. */
export const PERSON: Actor = { kind: 'user', id: 'person' };
export const SYSTEM: Actor = { kind: 'system', id: 'pathways' };

/** The items one new referral is stored as (also used to bulk-load benchmarks): pointer, referral, first audit entry. */
export function referralItems(r: NewReferral) {
  const expiresAt = expiryAfterDays(r.createdAt, r.consent.retentionDays);
  const audit = seal(GENESIS_HASH, { code: r.code, seq: 1, at: r.createdAt, actor: PERSON, action: 'created', details: { pathway: r.pathway, urgent: r.urgent, org: r.organisation } });
  const { organisation, ...rest } = r;
  const referral = {
    ...referralKey(r.code),
    ...rest,
    org: organisation,
    status: 'new',
    updatedAt: r.createdAt,
    notes: [],
    messages: [],
    auditSeq: 1,
    auditHead: audit.hash,
    lastAudit: audit,
    gsi1pk: queuePartition(organisation, 'new'),
    gsi2pk: queueLanguagePartition(organisation, 'new', r.language),
    gsi1sk: queueSort(r.urgent, r.createdAt, r.code),
    expiresAt,
  };
  return { pointer: { ...pointerKey(r.userKey, r.code), code: r.code, expiresAt }, referral, audit };
}
