import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { verifyChain, type ChainCheck } from './audit-chain';
import type { ReferralActions } from './referral-actions';
import { auditEntrySchema, type AuditEntry, type ReferralItem } from './referral-items';

export interface AuditTrail {
  entries: AuditEntry[];
  check: ChainCheck;
}

/**
 * Reads a referral's audit entries, oldest first, and verifies the chain
 * against the head kept on the referral. The last entry is written first if
 * its own item was lost (see ReferralActions.act).
 */
export async function readAuditTrail(db: DynamoDBDocumentClient, tableName: string, actions: ReferralActions, item: ReferralItem): Promise<AuditTrail> {
  await actions.materialize(item.lastAudit, item.expiresAt);
  const entries: AuditEntry[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :a)',
        ExpressionAttributeValues: { ':pk': `REF#${item.code}`, ':a': 'AUDIT#' },
        ExclusiveStartKey: start,
        ConsistentRead: true,
      }),
    );
    for (const raw of page.Items ?? []) {
      const parsed = auditEntrySchema.safeParse(raw.entry);
      // An entry someone rewrote into another shape is tampering too: report where, do not fail the request.
      if (!parsed.success) return { entries, check: { ok: false, brokenAt: entries.length + 1, reason: 'entry is malformed' } };
      entries.push(parsed.data);
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return { entries, check: verifyChain(item.code, entries, { seq: item.auditSeq, hash: item.auditHead }) };
}
