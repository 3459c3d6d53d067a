import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Aws, Duration, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { parse as parseYaml } from 'yaml';
import { LEAD_GROUP, ORG_GROUP_PREFIX } from '../lambdas/adapters/security/adviser-identity';
import { organisationsFileSchema } from '../lambdas/core/screening/catalogue';
import { acknowledgeKeyGrantWildcards, acknowledgeTableIndexWildcard } from './grant-acknowledgements';
import { PathwaysFunction } from './pathways-function';

const ORGANISATIONS_FILE = fileURLToPath(new URL('../content/pathways/organisations.yaml', import.meta.url));

/** Props for {@link Advisers}. */
export interface AdvisersProps {
  readonly api: apigw.HttpApi;
  readonly table: dynamodb.Table;
  readonly encryptionKey: kms.IKey;
  readonly sourceMaps: boolean;
  readonly logLevel: string;
  /** The WhatsApp worker's FIFO queue: replies are handed to it, in the person's message group. */
  readonly whatsappQueue: sqs.IQueue;
  /** The console's address (`https://<site>/advisers/`): Cognito sends advisers back there after signing in and out. */
  readonly consoleUrl: string;
  /**
   * Prefix of the Cognito sign-in domain (`<prefix>.auth.<region>.amazoncognito.com`), unique in
   * the region. @default `pathways-advisers-<account id>`
   */
  readonly domainPrefix?: string;
  /** How often unclaimed referrals are checked for escalation. @default 15 minutes */
  readonly escalationEvery?: Duration;
}

/**
 * The advisers' side: a Cognito user pool (no self sign-up, MFA required,
 * threat protection enforced) with its hosted sign-in for the console
 * (authorization code with PKCE, back to the site's /advisers/), a group per organisation (`org:<id>`,
 * from content/pathways/organisations.yaml) and `lead`; the advisers-api
 * function behind `/advisers/api/*` with a JWT authorizer for that pool
 * (the OpenAPI document stays public); and a schedule that escalates
 * unclaimed referrals. Replies for WhatsApp users are handed to the
 * worker's queue, which sends them inside the 24-hour window or announces
 * them with a template. Notifications go through SES when the context value
 * `adviserNotifyFrom` names a verified sender, else they are logged.
 */
export class Advisers extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;
  /** Cognito's hosted sign-in for the console (OAuth 2.0 authorization code with PKCE). */
  readonly domain: cognito.UserPoolDomain;
  readonly fn: PathwaysFunction;

  constructor(scope: Construct, id: string, props: AdvisersProps) {
    super(scope, id);
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: `${Stack.of(this).stackName}-advisers`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true, tempPasswordValidity: Duration.days(3) },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.domain = this.userPool.addDomain('SignIn', {
      cognitoDomain: { domainPrefix: props.domainPrefix ?? Fn.join('-', ['pathways-advisers', Aws.ACCOUNT_ID]) },
    });
    // A public client (the console is a page: it can keep no secret), so PKCE protects the code.
    this.client = this.userPool.addClient('Console', {
      authFlows: { userSrp: true },
      generateSecret: false,
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [props.consoleUrl],
        logoutUrls: [props.consoleUrl],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });
    new cognito.CfnUserPoolGroup(this, 'LeadGroup', { userPoolId: this.userPool.userPoolId, groupName: LEAD_GROUP, description: 'Organisation leads: may read audit trails' });
    for (const org of organisationsFileSchema.parse(parseYaml(readFileSync(ORGANISATIONS_FILE, 'utf8'))).organisations) {
      new cognito.CfnUserPoolGroup(this, `Org-${org.id}`, { userPoolId: this.userPool.userPoolId, groupName: `${ORG_GROUP_PREFIX}${org.id}`, description: `Advisers of ${org.name}` });
    }

    const notifyFrom = this.node.tryGetContext('adviserNotifyFrom') as string | undefined;
    this.fn = new PathwaysFunction(this, 'Api', {
      encryptionKey: props.encryptionKey,
      sourceMaps: props.sourceMaps,
      logLevel: props.logLevel,
      name: 'advisers-api',
      description: "Pathways advisers' API and escalation of unclaimed referrals",
      environment: {
        TABLE_NAME: props.table.tableName,
        COGNITO_USER_POOL_ID: this.userPool.userPoolId,
        COGNITO_CLIENT_ID: this.client.userPoolClientId,
        COGNITO_DOMAIN_URL: this.domain.baseUrl(),
        QUEUE_URL: props.whatsappQueue.queueUrl,
        NOTIFY_MODE: notifyFrom ? 'ses' : 'log',
        ...(notifyFrom ? { NOTIFY_FROM: notifyFrom } : {}),
      },
    });
    props.table.grantReadWriteData(this.fn.function);
    props.whatsappQueue.grantSendMessages(this.fn.function);
    acknowledgeKeyGrantWildcards(this.fn.role);
    acknowledgeTableIndexWildcard(this.fn.role, props.table);
    if (notifyFrom) {
      const identity = notifyFrom.split('@')[1] ?? notifyFrom;
      this.fn.function.addToRolePolicy(
        new iam.PolicyStatement({ actions: ['ses:SendEmail'], resources: [Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: identity })] }),
      );
    }

    const integration = new HttpLambdaIntegration('AdvisersApi', this.fn.function, { payloadFormatVersion: apigw.PayloadFormatVersion.VERSION_2_0 });
    const authorizer = new HttpJwtAuthorizer('AdvisersJwt', `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`, {
      jwtAudience: [this.client.userPoolClientId],
    });
    props.api.addRoutes({ path: '/advisers/api/{proxy+}', methods: [apigw.HttpMethod.GET, apigw.HttpMethod.POST], integration, authorizer });
    const publicRoutes = [
      ...props.api.addRoutes({ path: '/advisers/api/openapi.json', methods: [apigw.HttpMethod.GET], integration }),
      ...props.api.addRoutes({ path: '/advisers/api/sign-in', methods: [apigw.HttpMethod.GET], integration }),
    ];
    for (const route of publicRoutes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          "The advisers' API description (OpenAPI) and its sign-in description (the Cognito domain and public client id, which the sign-in page shows anyway) hold no data and must be read before signing in; every other /advisers/api route is behind the Cognito JWT authorizer and the function verifies the token again.",
      });
    }

    // The default scheduled event ("source": "aws.events") is what the handler recognises as an escalation run.
    new events.Rule(this, 'Escalation', {
      description: 'Escalate referrals nobody has claimed in time',
      schedule: events.Schedule.rate(props.escalationEvery ?? Duration.minutes(15)),
      targets: [new targets.LambdaFunction(this.fn.function, { retryAttempts: 2 })],
    });
  }
}
