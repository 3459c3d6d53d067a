import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/**
 * Access-log fields. Route keys, not raw paths (Direct Line paths carry
 * conversation ids), and no source IP: refugees' locations are not ours to log.
 */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    routeKey: '$context.routeKey',
    status: '$context.status',
    responseLength: '$context.responseLength',
    latencyMs: '$context.responseLatency',
    integrationLatencyMs: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
  }),
);

/** Props for {@link PathwaysHttpApi}. */
export interface PathwaysHttpApiProps {
  /** Serves the Direct Line subset and the health check. */
  readonly webchat: lambda.IFunction;
  /** Serves Meta's verification GET and event POST. */
  readonly whatsappWebhook: lambda.IFunction;
  /** Key that encrypts the access-log group. */
  readonly encryptionKey: kms.IKey;
  /** Browser origins allowed to call Direct Line. */
  readonly allowedOrigins: string[];
  /** Stage-wide steady-state limit, requests per second. @default 50 */
  readonly rateLimit?: number;
  /** @default 100 */
  readonly burstLimit?: number;
}

/**
 * The public HTTP API (payload format 2.0) in front of the web chat and
 * WhatsApp webhook functions, with stage throttling and encrypted access logs.
 */
export class PathwaysHttpApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly accessLogs: logs.LogGroup;
  /** Base URL, ending in `/`. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: PathwaysHttpApiProps) {
    super(scope, id);

    this.api = new apigw.HttpApi(this, 'Api', {
      description: 'Pathways web chat (Direct Line subset) and WhatsApp webhook',
      // The default stage cannot take throttling or access logs; we add our own below.
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: props.allowedOrigins,
        allowMethods: [apigw.CorsHttpMethod.GET, apigw.CorsHttpMethod.POST, apigw.CorsHttpMethod.OPTIONS],
        allowHeaders: ['authorization', 'content-type', 'x-ms-bot-agent'],
        maxAge: Duration.hours(1),
      },
    });

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      encryptionKey: props.encryptionKey,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit ?? 50, burstLimit: props.burstLimit ?? 100 },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogs),
        format: ACCESS_LOG_FORMAT,
      },
    });
    this.url = this.stage.url;

    const webchat = new HttpLambdaIntegration('Webchat', props.webchat, {
      payloadFormatVersion: apigw.PayloadFormatVersion.VERSION_2_0,
    });
    const whatsapp = new HttpLambdaIntegration('WhatsAppWebhook', props.whatsappWebhook, {
      payloadFormatVersion: apigw.PayloadFormatVersion.VERSION_2_0,
    });

    // Every route is public at the gateway: callers (Meta, anonymous browsers)
    // cannot present an API Gateway credential, so each handler authenticates.
    this.route(
      '/v3/directline/{proxy+}',
      [apigw.HttpMethod.ANY],
      webchat,
      'Direct Line authorisation lives in the webchat function: every conversation call must carry a Bearer token ' +
        'HMAC-signed with the TOKEN_SECRET key and is rejected with 401 otherwise; token generation must stay ' +
        'anonymous so a refugee can start a chat without an account.',
    );
    this.route(
      '/health',
      [apigw.HttpMethod.GET],
      webchat,
      'Public liveness probe for uptime monitors; it returns only a status and version, no personal data.',
    );
    this.route(
      '/whatsapp/webhook',
      [apigw.HttpMethod.GET, apigw.HttpMethod.POST],
      whatsapp,
      "Meta's webhook cannot present an API Gateway credential: the GET handshake is checked against verifyToken " +
        'and every POST is authenticated in the function by its X-Hub-Signature-256 HMAC (app secret) before ' +
        'anything is enqueued.',
    );
  }

  /**
   * Routes GET and HEAD on `path` to another function (e.g. the share
   * function's `/s/{proxy+}`); `reason` acknowledges cdk-nag's APIG4 (no
   * authoriser) and must say how the function authenticates, if it must.
   */
  addFunctionRoute(id: string, path: string, fn: lambda.IFunction, reason: string): void {
    const integration = new HttpLambdaIntegration(id, fn, { payloadFormatVersion: apigw.PayloadFormatVersion.VERSION_2_0 });
    this.route(path, [apigw.HttpMethod.GET, apigw.HttpMethod.HEAD], integration, reason);
  }

  private route(path: string, methods: apigw.HttpMethod[], integration: HttpLambdaIntegration, reason: string): void {
    for (const route of this.api.addRoutes({ path, methods, integration })) {
      Validations.of(route).acknowledge({ id: 'AwsSolutions-APIG4', reason });
    }
  }
}
