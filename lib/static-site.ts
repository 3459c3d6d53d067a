import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { LANGUAGE_CODES } from '../lambdas/core/languages';
import { ORIGIN_PROOF_HEADER } from '../lambdas/webchat/client-network';
import { acknowledgeStaticSite } from './static-site-acknowledgements';
import { securityHeaders, siteAsset } from './static-site-parts';
import { FORWARD_HOST_CODE, siteRewriteCode, siteTopicIds, VIEWER_ADDRESS_CODE } from './static-site-rewrite';

/** Props for {@link StaticSite}. */
export interface StaticSiteProps {
  /** The HTTP API: `/s/*`, `/v3/*`, `/health` and `/advisers/api/*` go to it, everything else is a static file. */
  readonly api: apigw.IHttpApi;
  /** Encrypts the deployment helper's log group. */
  readonly encryptionKey: kms.IKey;
  /** Written into topic pages' WhatsApp buttons at build time. */
  readonly whatsappDisplayNumber: string;
  /** Sent with every request to the API, so the web chat can trust the viewer address this distribution passes. */
  readonly originProof: secretsmanager.ISecret;
}

/**
 * The public front door: one CloudFront distribution serving the web chat,
 * topic pages, link builder and preview image from a private S3 bucket (OAC),
 * and passing the dynamic paths to the HTTP API on the same origin (so the
 * web chat needs no CORS and share links are one address).
 */
export class StaticSite extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;

  constructor(scope: Construct, id: string, props: StaticSiteProps) {
    super(scope, id);
    const accessLogs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });
    this.bucket = new s3.Bucket(this, 'Site', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'site/',
      // Every file is rebuilt from the repository; old versions only help roll back a bad deploy.
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const api = new origins.HttpOrigin(`${props.api.apiId}.execute-api.${Stack.of(this).region}.${Stack.of(this).urlSuffix}`, {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
      // A dynamic reference: CloudFormation resolves it at deploy time, so the value is not in the template.
      customHeaders: { [ORIGIN_PROOF_HEADER]: props.originProof.secretValue.unsafeUnwrap() },
    });
    const apiHeaders = securityHeaders(this, 'ApiHeaders', false);
    const dynamic = (fn?: cloudfront.IFunction): cloudfront.BehaviorOptions => ({
      origin: api,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: apiHeaders,
      ...(fn ? { functionAssociations: [{ function: fn, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }] } : {}),
    });
    const forwardHost = new cloudfront.Function(this, 'ForwardHost', {
      code: cloudfront.FunctionCode.fromInline(FORWARD_HOST_CODE),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      comment: 'Pass the public host to the share function',
    });
    const viewerAddress = new cloudfront.Function(this, 'ViewerAddress', {
      code: cloudfront.FunctionCode.fromInline(VIEWER_ADDRESS_CODE),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      comment: "Pass the viewer's address to the web chat for its per-network limit",
    });
    const rewrite = new cloudfront.Function(this, 'Rewrite', {
      code: cloudfront.FunctionCode.fromInline(siteRewriteCode(siteTopicIds(), LANGUAGE_CODES)),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      comment: 'Map /t/<topic>?lang=, /share and /privacy to their static files',
    });

    const siteOrigin = origins.S3BucketOrigin.withOriginAccessControl(this.bucket);
    const staticPages = (headers: cloudfront.IResponseHeadersPolicy): cloudfront.BehaviorOptions => ({
      origin: siteOrigin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy: headers,
      functionAssociations: [{ function: rewrite, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
    });

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Pathways web chat, topic pages and share links',
      defaultRootObject: 'index.html',
      // Refugees and helpers are mostly outside North America and Europe: every edge location.
      priceClass: cloudfront.PriceClass.PRICE_CLASS_ALL,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      defaultBehavior: staticPages(securityHeaders(this, 'SiteHeaders', true)),
      additionalBehaviors: {
        '/s/*': dynamic(forwardHost),
        '/v3/*': dynamic(viewerAddress),
        '/health': dynamic(),
        // The advisers' API sits under the console's own origin, so its Bearer token never crosses origins.
        '/advisers/api/*': dynamic(),
        // The console itself: the site's headers, but it may also exchange its sign-in code with Cognito.
        '/advisers/*': staticPages(securityHeaders(this, 'ConsoleHeaders', true, "'self' https://*.amazoncognito.com")),
      },
    });

    const deployRole = new iam.Role(this, 'DeployRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Copies the built static site into the site bucket',
    });
    const deployLogs = new logs.LogGroup(this, 'DeployLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      encryptionKey: props.encryptionKey,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    deployLogs.grantWrite(deployRole);
    const deployment = new s3deploy.BucketDeployment(this, 'Deploy', {
      sources: [siteAsset(props.whatsappDisplayNumber)],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      role: deployRole,
      logGroup: deployLogs,
      memoryLimit: 512,
    });
    acknowledgeStaticSite({ distribution: this.distribution, deployRole, siteBucket: this.bucket, deployment });
  }
}
