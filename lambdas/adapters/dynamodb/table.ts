/**
 * The one definition of Pathways' DynamoDB table. The CDK stack, the local
 * server (which creates the table in the embedded store) and the repositories
 * all read it from here, so a key or index cannot drift between them.
 *
 * Single-table design: every item belonging to a person lives under
 * `pk = U#<keyed hash of channel and user id>` so that "show my data" and
 * "erase my data" are one Query on one partition.
 */
export const TABLE = {
  /** Logical name; the deployed name is chosen by CloudFormation and passed as TABLE_NAME. */
  defaultName: 'pathways',
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB TTL deletes lazily (up to 48 h), so readers also filter on it. */
  ttlAttribute: 'expiresAt',
  indexes: {
    /** Advisers' queue: gsi1pk = ORG#<org>#<status>, gsi1sk = <urgency rank>#<createdAt>. */
    byQueue: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    /**
     * The same queue per language (gsi2pk = ORG#<org>#<status>#<language>,
     * same sort): advisers who work in one language list it without reading
     * the other nine. Sparse: a referral whose person erased their data has no language.
     */
    byQueueLanguage: { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi1sk' },
  },
} as const;

export type TableIndexName = (typeof TABLE.indexes)[keyof typeof TABLE.indexes]['name'];

/** Attribute definitions in the shape CreateTable and CloudFormation both accept. */
export function keyAttributes(): { name: string; type: 'S' }[] {
  const names = new Set<string>([TABLE.partitionKey, TABLE.sortKey]);
  for (const index of Object.values(TABLE.indexes)) {
    names.add(index.partitionKey);
    names.add(index.sortKey);
  }
  return [...names].map((name) => ({ name, type: 'S' as const }));
}
