import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/** Props for {@link AppSecrets}. */
export interface AppSecretsProps {
  readonly encryptionKey: kms.IKey;
}

/**
 * The secrets Pathways reads at runtime. Functions get each secret's
 * NAME in their environment and a read grant; values never enter the
 * template or the environment.
 */
export class AppSecrets extends Construct {
  /**
   * WhatsApp Cloud API credentials as JSON `{ appSecret, verifyToken, accessToken }`.
   * Deployed with a generated `verifyToken` and empty Meta values that an
   * operator fills in after the first deploy.
   */
  readonly whatsapp: secretsmanager.Secret;
  /** Key for HMAC-ing user ids into partition keys. */
  readonly pepper: secretsmanager.Secret;
  /** Key that signs web chat (Direct Line) tokens. */
  readonly tokenKey: secretsmanager.Secret;
  /** What the site's CloudFront distribution sends the API to prove a request came through it. */
  readonly originProof: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: AppSecretsProps) {
    super(scope, id);

    this.whatsapp = new secretsmanager.Secret(this, 'WhatsApp', {
      description: 'Pathways WhatsApp Cloud API credentials: fill in appSecret and accessToken from Meta',
      encryptionKey: props.encryptionKey,
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ appSecret: '', accessToken: '' }),
        generateStringKey: 'verifyToken',
        excludePunctuation: true,
        passwordLength: 32,
      },
    });
    Validations.of(this.whatsapp).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The app secret and access token are issued by Meta and can only be renewed in the Meta developer console; a Secrets Manager rotation Lambda cannot obtain new values.',
    });

    this.pepper = new secretsmanager.Secret(this, 'Pepper', {
      description: 'Pathways HMAC pepper for pseudonymous user ids',
      encryptionKey: props.encryptionKey,
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      // Every stored partition key derives from it; losing it orphans all data.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.pepper).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Partition keys are HMAC(pepper, user id); rotating the pepper would orphan every stored record and break "show/erase my data", so it must stay fixed for the life of the table.',
    });

    this.tokenKey = new secretsmanager.Secret(this, 'TokenKey', {
      description: 'Pathways web chat token signing key',
      encryptionKey: props.encryptionKey,
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(this.tokenKey).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Automatic rotation would need the webchat handler to verify against both old and new keys, which it does not; the key signs short-lived tokens, so manual replacement (forcing clients to fetch a new token) is the rotation procedure.',
    });

    this.originProof = new secretsmanager.Secret(this, 'OriginProof', {
      description: 'Pathways: header value CloudFront sends to the HTTP API, so the web chat can trust the viewer address it passes',
      encryptionKey: props.encryptionKey,
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    Validations.of(this.originProof).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The value lives in the CloudFront origin configuration as well as here (a CloudFormation dynamic reference); rotating it means a stack update of the distribution, which a rotation Lambda cannot do, so it is replaced by redeploying.',
    });
  }
}
