import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Construct } from 'constructs';
import { Advisers } from './advisers';
import { Alarms } from './alarms';
import { AppSecrets } from './app-secrets';
import { OperationsDashboard } from './dashboard';
import { DataKey } from './data-key';
import { DataTable } from './data-table';
import { acknowledgeKeyGrantWildcards, acknowledgeTableIndexWildcard } from './grant-acknowledgements';
import { PathwaysHttpApi } from './http-api';
import { MessageQueue } from './message-queue';
import { PathwaysFunction } from './pathways-function';
import { readSettings } from './settings';
import { ShareLinks } from './share-links';
import { StaticSite } from './static-site';

/** The bot worker's timeout; the queue's visibility timeout is derived from it. */
export const WORKER_TIMEOUT = Duration.seconds(30);

/** Largest SQS batch a FIFO event source accepts. */
export const WORKER_BATCH_SIZE = 10;

const SHARE_ROUTE_REASON =
  'Share links are opened by anyone a helper sends them to, and by link-preview crawlers, none of which can present a credential. ' +
  'The function only reads public content, checks each link\'s HMAC signature itself, signs only registered source codes, and writes nothing but anonymous day counters.';

/**
 * Everything Pathways runs on. Environment-agnostic, so `cdk synth` needs no
 * account, region or credentials.
 */
export class PathwaysStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, {
      description: 'Pathways: multilingual chatbot for refugees (WhatsApp and web chat)',
      ...props,
    });
    const settings = readSettings(this);

    const key = new DataKey(this, 'DataKey');
    const table = new DataTable(this, 'Table', { encryptionKey: key });
    const secrets = new AppSecrets(this, 'Secrets', { encryptionKey: key });
    const inbound = new MessageQueue(this, 'Inbound', { encryptionKey: key, consumerTimeout: WORKER_TIMEOUT });

    const common = { encryptionKey: key, sourceMaps: settings.sourceMaps, logLevel: settings.logLevel };
    const whatsappConfig = {
      WHATSAPP_SECRET_NAME: secrets.whatsapp.secretName,
      WHATSAPP_PHONE_NUMBER_ID: settings.whatsappPhoneNumberId,
      WHATSAPP_API_VERSION: settings.whatsappApiVersion,
    };

    const webchat = new PathwaysFunction(this, 'Webchat', {
      ...common,
      name: 'webchat',
      description: 'Pathways web chat: Direct Line subset and health check',
      environment: {
        TABLE_NAME: table.tableName,
        PEPPER_SECRET_NAME: secrets.pepper.secretName,
        TOKEN_SECRET_NAME: secrets.tokenKey.secretName,
        ORIGIN_PROOF_SECRET_NAME: secrets.originProof.secretName,
      },
    });
    table.grantReadWriteData(webchat.function);
    secrets.pepper.grantRead(webchat.function);
    secrets.tokenKey.grantRead(webchat.function);
    secrets.originProof.grantRead(webchat.function);

    // Verifies Meta's signature and enqueues; it never touches the table.
    const webhook = new PathwaysFunction(this, 'WhatsAppWebhook', {
      ...common,
      name: 'whatsapp-webhook',
      description: 'Pathways WhatsApp webhook: verify, acknowledge, enqueue',
      memorySize: 256,
      environment: {
        ...whatsappConfig,
        QUEUE_URL: inbound.queue.queueUrl,
        PEPPER_SECRET_NAME: secrets.pepper.secretName,
      },
    });
    inbound.queue.grantSendMessages(webhook.function);
    secrets.whatsapp.grantRead(webhook.function);
    secrets.pepper.grantRead(webhook.function);

    const worker = new PathwaysFunction(this, 'BotWorker', {
      ...common,
      name: 'bot-worker',
      description: 'Pathways bot worker: runs the conversation and replies on WhatsApp',
      timeout: WORKER_TIMEOUT,
      // CPU scales with memory; the botbuilder bundle cold-starts noticeably faster.
      memorySize: 1024,
      environment: {
        ...whatsappConfig,
        TABLE_NAME: table.tableName,
        PEPPER_SECRET_NAME: secrets.pepper.secretName,
        WHATSAPP_ADVISER_TEMPLATE: settings.whatsappAdviserTemplate,
      },
    });
    table.grantReadWriteData(worker.function);
    secrets.whatsapp.grantRead(worker.function);
    secrets.pepper.grantRead(worker.function);
    worker.function.addEventSource(
      new SqsEventSource(inbound.queue, { batchSize: WORKER_BATCH_SIZE, reportBatchItemFailures: true }),
    );

    for (const fn of [webchat, webhook, worker]) acknowledgeKeyGrantWildcards(fn.role);
    for (const fn of [webchat, worker]) acknowledgeTableIndexWildcard(fn.role, table);

    // Helpers' links (share pages, QR codes, flyers, counters) and the site that serves them with the web chat.
    const share = new ShareLinks(this, 'Share', { ...common, table, whatsappDisplayNumber: settings.whatsappDisplayNumber, publicBaseUrl: settings.publicBaseUrl });

    const http = new PathwaysHttpApi(this, 'Http', {
      webchat: webchat.function,
      whatsappWebhook: webhook.function,
      encryptionKey: key,
      allowedOrigins: settings.allowedOrigins,
    });
    http.addFunctionRoute('Share', '/s/{proxy+}', share.fn.function, SHARE_ROUTE_REASON);
    // The chat checks links people paste ("is this really you?") with the same key the share links are signed with.
    for (const fn of [webchat, worker]) {
      fn.function.addEnvironment('LINK_SIGNING_SECRET_NAME', share.signingKey.secretName);
      share.signingKey.grantRead(fn.function);
    }
    const site = new StaticSite(this, 'Site', { api: http.api, encryptionKey: key, whatsappDisplayNumber: settings.whatsappDisplayNumber, originProof: secrets.originProof });
    const siteUrl = settings.publicBaseUrl ?? `https://${site.distribution.distributionDomainName}`;
    // Advisers: Cognito pool and hosted sign-in back to the console, /advisers/api/* behind its JWT authorizer,
    // escalation schedule; replies for WhatsApp go through the worker's queue, in the person's message group.
    const advisers = new Advisers(this, 'Advisers', {
      ...common,
      api: http.api,
      table,
      whatsappQueue: inbound.queue,
      consoleUrl: `${siteUrl}/advisers/`,
      ...(settings.advisersDomainPrefix ? { domainPrefix: settings.advisersDomainPrefix } : {}),
    });

    const alarms = new Alarms(this, 'Alarms', {
      encryptionKey: key,
      deadLetterQueue: inbound.deadLetterQueue,
      worker: worker.function,
      email: settings.alarmEmail,
    });
    new OperationsDashboard(this, 'Operations', {
      api: http.api,
      queue: inbound.queue,
      deadLetterQueue: inbound.deadLetterQueue,
      functions: { webchat: webchat.function, webhook: webhook.function, worker: worker.function },
      alarms,
    });

    new CfnOutput(this, 'ApiUrl', { value: http.url, description: 'Base URL of the HTTP API' });
    new CfnOutput(this, 'SiteUrl', { value: `https://${site.distribution.distributionDomainName}/`, description: 'Web chat, topic pages (/t/), share links (/s/) and link builder (/share)' });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'AdvisersUserPoolId', { value: advisers.userPool.userPoolId, description: 'Add advisers here, each in group org:<organisation> (and lead for leads)' });
    new CfnOutput(this, 'AdvisersClientId', { value: advisers.client.userPoolClientId });
    new CfnOutput(this, 'AdvisersConsoleUrl', { value: `${siteUrl}/advisers/`, description: "Advisers' console (sign-in through the Cognito domain below)" });
    new CfnOutput(this, 'AdvisersSignInDomain', { value: advisers.domain.baseUrl() });
    new CfnOutput(this, 'QueueUrl', { value: inbound.queue.queueUrl });
    new CfnOutput(this, 'WhatsAppSecretName', {
      value: secrets.whatsapp.secretName,
      description: 'Put the Meta appSecret and accessToken into this secret after the first deploy',
    });
  }
}
