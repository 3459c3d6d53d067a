import { readFileSync } from 'node:fs';
import { App, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { PathwaysStack } from '../../../lib/pathways-stack';

const cdkJson = JSON.parse(readFileSync(new URL('../../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> };

function synth(context: Record<string, unknown> = {}) {
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [], ...context } });
  const stack = new PathwaysStack(app, 'PathwaysStack');
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  app.synth();
  return Template.fromStack(stack);
}

const template = synth();
type Resource = { Properties: Record<string, unknown> };
const all = (type: string) => Object.entries(template.findResources(type)) as [string, Resource][];

describe("advisers' infrastructure", () => {
  it('puts the API behind a Cognito JWT authorizer, except its public OpenAPI document', () => {
    const routes = Object.fromEntries(all('AWS::ApiGatewayV2::Route').map(([, r]) => [r.Properties.RouteKey, r.Properties.AuthorizationType]));
    expect(routes).toMatchObject({ 'GET /advisers/api/{proxy+}': 'JWT', 'POST /advisers/api/{proxy+}': 'JWT', 'GET /advisers/api/openapi.json': 'NONE', 'GET /advisers/api/sign-in': 'NONE' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Audience: [Match.anyValue()], Issuer: Match.anyValue() },
    });
  });

  it('has a closed user pool: no self sign-up, MFA required, threat protection enforced, retained', () => {
    template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        MfaConfiguration: 'ON',
        UserPoolTier: 'PLUS',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
      }),
    });
  });

  it('signs advisers in on Cognito’s hosted UI with the code flow (public client, PKCE), back to the site’s console', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: { 'Fn::Join': ['-', ['pathways-advisers', { Ref: 'AWS::AccountId' }]] } });
    const client = all('AWS::Cognito::UserPoolClient')[0]?.[1].Properties ?? {};
    expect(client).toMatchObject({ AllowedOAuthFlows: ['code'], AllowedOAuthFlowsUserPoolClient: true, GenerateSecret: false, SupportedIdentityProviders: ['COGNITO'] });
    expect(client.AllowedOAuthScopes).toEqual(expect.arrayContaining(['openid', 'email', 'profile']));
    expect(client.AllowedOAuthFlows).not.toContain('implicit');
    const distribution = all('AWS::CloudFront::Distribution')[0]?.[0] ?? 'missing';
    const console = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distribution, 'DomainName'] }, '/advisers/']] };
    expect(client.CallbackURLs).toEqual([console]);
    expect(client.LogoutURLs).toEqual([console]);
    // With a custom domain, the console's address is that domain's.
    const custom = synth({ publicBaseUrl: 'https://pathways.example.org', advisersDomainPrefix: 'ngo-advisers' });
    custom.hasResourceProperties('AWS::Cognito::UserPoolClient', { CallbackURLs: ['https://pathways.example.org/advisers/'] });
    custom.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'ngo-advisers' });
    expect(() => synth({ advisersDomainPrefix: 'Bad_Prefix' })).toThrow(/advisersDomainPrefix/);
  });

  it('has a group per organisation in content/pathways/organisations.yaml, and one for leads', () => {
    const groups = all('AWS::Cognito::UserPoolGroup').map(([, g]) => g.Properties.GroupName).sort();
    expect(groups).toEqual(['lead', 'org:demo-org-a', 'org:demo-org-b']);
  });

  it('runs escalation on a schedule and tells the function where Cognito is, never a signing key', () => {
    const id = all('AWS::Lambda::Function').find(([k]) => k.startsWith('AdvisersApi'))?.[0] ?? 'missing';
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(15 minutes)', Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [id, 'Arn'] } })] });
    const env = (all('AWS::Lambda::Function').find(([k]) => k === id)?.[1].Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(Object.keys(env).sort()).toEqual(['COGNITO_CLIENT_ID', 'COGNITO_DOMAIN_URL', 'COGNITO_USER_POOL_ID', 'LOG_LEVEL', 'NOTIFY_MODE', 'QUEUE_URL', 'TABLE_NAME']);
    expect(env.NOTIFY_MODE).toBe('log');
  });

  it('hands WhatsApp replies to the worker’s FIFO queue, and may only send to it', () => {
    const id = all('AWS::Lambda::Function').find(([k]) => k.startsWith('AdvisersApi'))?.[0] ?? 'missing';
    const env = (all('AWS::Lambda::Function').find(([k]) => k === id)?.[1].Properties.Environment as { Variables: Record<string, { Ref?: string }> }).Variables;
    const queue = all('AWS::SQS::Queue').find(([k, q]) => k === env.QUEUE_URL?.Ref && q.Properties.FifoQueue === true);
    expect(queue).toBeDefined();
    const role = (all('AWS::Lambda::Function').find(([k]) => k === id)?.[1].Properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
    const statements = all('AWS::IAM::Policy')
      .filter(([, p]) => JSON.stringify(p.Properties.Roles).includes(role))
      .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement);
    const onQueue = statements.filter((s) => JSON.stringify(s.Resource).includes(queue?.[0] ?? '?'));
    expect(onQueue.flatMap((s) => [s.Action].flat()).sort()).toEqual(['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage']);
  });

  it('names the approved adviser-reply template for the worker (context whatsappAdviserTemplate), and alarms when Meta refuses it', () => {
    const worker = (t: Template) => (Object.entries(t.findResources('AWS::Lambda::Function')) as [string, Resource][]).find(([k]) => k.startsWith('BotWorker'))?.[1];
    const envOf = (r: Resource | undefined) => (r?.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(envOf(worker(template)).WHATSAPP_ADVISER_TEMPLATE).toBe('pathways_adviser_reply');
    expect(envOf(worker(synth({ whatsappAdviserTemplate: 'ngo_reply_v2' }))).WHATSAPP_ADVISER_TEMPLATE).toBe('ngo_reply_v2');
    expect(() => synth({ whatsappAdviserTemplate: 'Not A Name' })).toThrow(/whatsappAdviserTemplate/);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'TemplateFailures', Namespace: 'Pathways', Threshold: 0 });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'RepliesOutsideWindow', Namespace: 'Pathways', Threshold: 0 });
  });

  it('sends notifications through SES, from one verified identity only, when configured', () => {
    const withSes = synth({ adviserNotifyFrom: 'referrals@pathways.example.org' });
    withSes.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'ses:SendEmail', Resource: Match.objectLike({ 'Fn::Join': Match.anyValue() }) })]) },
    });
    expect(JSON.stringify(withSes.toJSON())).toContain(':identity/pathways.example.org');
  });
});
