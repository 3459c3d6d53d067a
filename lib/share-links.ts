import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { generatedKey } from './app-secrets';
import { acknowledgeKeyGrantWildcards } from './grant-acknowledgements';
import { PathwaysFunction } from './pathways-function';

/** Props for {@link ShareLinks}. */
export interface ShareLinksProps {
  readonly table: dynamodb.ITable;
  readonly encryptionKey: kms.IKey;
  readonly sourceMaps: boolean;
  readonly logLevel: string;
  readonly whatsappDisplayNumber: string;
  /** Unset: the function uses the host CloudFront forwards (lib/static-site-rewrite.ts). */
  readonly publicBaseUrl: string | undefined;
}

/**
 * The share function (`/s/*`: share pages, QR codes, flyers, link signing,
 * anonymous counters) and the key that signs helpers' links. It may only
 * UpdateItem the table (the counters): it never reads anyone's data.
 */
export class ShareLinks extends Construct {
  readonly fn: PathwaysFunction;
  readonly signingKey: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: ShareLinksProps) {
    super(scope, id);
    this.signingKey = generatedKey(this, 'SigningKey', {
      description: "Pathways key that signs helpers' share links",
      encryptionKey: props.encryptionKey,
      noRotationReason:
        'Every printed flyer and shared link carries a signature made with this key; rotating it would turn all of them "unverified". Replace it by hand only if it leaks (the function verifies against one key).',
    });

    this.fn = new PathwaysFunction(this, 'Function', {
      name: 'share',
      description: 'Pathways share links: pages, QR codes, flyers, signing and anonymous counts',
      encryptionKey: props.encryptionKey,
      sourceMaps: props.sourceMaps,
      logLevel: props.logLevel,
      memorySize: 256,
      environment: {
        TABLE_NAME: props.table.tableName,
        LINK_SIGNING_SECRET_NAME: this.signingKey.secretName,
        WHATSAPP_DISPLAY_NUMBER: props.whatsappDisplayNumber,
        ...(props.publicBaseUrl ? { PUBLIC_BASE_URL: props.publicBaseUrl } : {}),
      },
    });
    // Only UpdateItem, only on the table itself (no index): the counters' atomic ADD.
    this.fn.function.addToRolePolicy(new iam.PolicyStatement({ actions: ['dynamodb:UpdateItem'], resources: [props.table.tableArn] }));
    props.encryptionKey.grantEncryptDecrypt(this.fn.function);
    this.signingKey.grantRead(this.fn.function);
    acknowledgeKeyGrantWildcards(this.fn.role);
  }
}
