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
const all = (type: string) => Object.values(template.findResources(type)) as Resource[];
type Behavior = { PathPattern?: string; CachePolicyId: string; FunctionAssociations?: unknown[]; TargetOriginId: string; ViewerProtocolPolicy: string };

describe('static site and share links', () => {
  it('proves to the API that web chat requests came through the distribution, and passes the viewer address', () => {
    const config = all('AWS::CloudFront::Distribution')[0]?.Properties.DistributionConfig as {
      CacheBehaviors: Behavior[];
      Origins: { CustomOriginConfig?: unknown; OriginCustomHeaders?: { HeaderName: string; HeaderValue: unknown }[] }[];
    };
    const api = config.Origins.find((o) => o.CustomOriginConfig);
    const proof = api?.OriginCustomHeaders?.find((h) => h.HeaderName === 'x-pathways-origin');
    // A dynamic reference to the generated secret, never a literal in the template.
    expect(JSON.stringify(proof?.HeaderValue)).toMatch(/\{\{resolve:secretsmanager:.*"Ref":"SecretsOriginProof[0-9A-F]+".*:SecretString:::\}\}/);
    const v3 = config.CacheBehaviors.find((b) => b.PathPattern === '/v3/*');
    expect(v3?.FunctionAssociations).toHaveLength(1);
    const functions = template.findResources('AWS::CloudFront::Function');
    expect(Object.values(functions).map((f) => JSON.stringify(f))).toContainEqual(expect.stringContaining('event.viewer.ip'));
    const webchat = all('AWS::Lambda::Function').find((f) => JSON.stringify(f.Properties.Environment ?? {}).includes('TOKEN_SECRET_NAME'));
    expect(JSON.stringify(webchat?.Properties.Environment)).toContain('ORIGIN_PROOF_SECRET_NAME');
  });

  it('keeps both buckets private, encrypted and TLS-only; the site bucket is versioned and access-logged', () => {
    const buckets = all('AWS::S3::Bucket');
    expect(buckets).toHaveLength(2);
    for (const bucket of buckets) {
      expect(bucket.Properties).toMatchObject({
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      });
    }
    template.hasResourceProperties('AWS::S3::Bucket', { VersioningConfiguration: { Status: 'Enabled' }, LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'site/' }) });
    const policies = JSON.stringify(all('AWS::S3::BucketPolicy'));
    expect(policies).toContain('"aws:SecureTransport":"false"');
  });

  it('serves the bucket through CloudFront with origin access control, HTTPS only, and the API behind /s/*, /v3/*, /health and /advisers/api/*', () => {
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    const config = all('AWS::CloudFront::Distribution')[0]?.Properties.DistributionConfig as {
      DefaultCacheBehavior: Behavior;
      CacheBehaviors: Behavior[];
      Origins: { Id: string; S3OriginConfig?: unknown; CustomOriginConfig?: { OriginProtocolPolicy: string } }[];
    };
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(config.DefaultCacheBehavior.FunctionAssociations).toHaveLength(1);
    const api = config.Origins.find((o) => o.CustomOriginConfig);
    expect(api?.CustomOriginConfig?.OriginProtocolPolicy).toBe('https-only');
    const all_ = Object.fromEntries(config.CacheBehaviors.map((b) => [b.PathPattern ?? '', b])) as Record<string, Behavior>;
    // Order matters at the edge: the console's API must match before the console's pages.
    expect(config.CacheBehaviors.map((b) => b.PathPattern)).toEqual(['/s/*', '/v3/*', '/health', '/advisers/api/*', '/advisers/*']);
    expect(all_['/advisers/*']?.TargetOriginId).toBe(config.DefaultCacheBehavior.TargetOriginId);
    expect(all_['/advisers/*']?.FunctionAssociations).toHaveLength(1);
    const behaviours: Record<string, Behavior> = Object.fromEntries(Object.entries(all_).filter(([path]) => path !== '/advisers/*'));
    for (const behaviour of Object.values(behaviours)) {
      expect(behaviour.TargetOriginId).toBe(api?.Id);
      // Managed CachingDisabled: every share-link visit reaches the function to be counted.
      expect(behaviour.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
      expect(behaviour.ViewerProtocolPolicy).toBe('redirect-to-https');
    }
    expect(behaviours['/s/*']?.FunctionAssociations).toHaveLength(1);
  });

  it('sends HSTS, nosniff, DENY framing, no referrer and (for static pages) a script-src self CSP', () => {
    const policies = all('AWS::CloudFront::ResponseHeadersPolicy').map((p) => JSON.stringify(p.Properties));
    expect(policies).toHaveLength(3);
    for (const policy of policies) for (const part of ['StrictTransportSecurity', 'ContentTypeOptions', '"FrameOption":"DENY"', '"ReferrerPolicy":"no-referrer"']) expect(policy).toContain(part);
    expect(policies.filter((p) => p.includes("script-src 'self'"))).toHaveLength(2);
    // Only the advisers' console may fetch from outside the site: Cognito's token endpoint, to finish signing in.
    expect(policies.filter((p) => p.includes('amazoncognito.com'))).toHaveLength(1);
    expect(policies.filter((p) => p.includes("connect-src 'self';"))).toHaveLength(1);
  });

  it('maps clean URLs at the edge with the topic list written in', () => {
    const code = all('AWS::CloudFront::Function').map((f) => String(f.Properties.FunctionCode));
    expect(code.some((c) => c.includes('"rights.right-to-work":1') && c.includes('"fa-AF":1'))).toBe(true);
    expect(code.some((c) => c.includes('x-forwarded-host'))).toBe(true);
  });

  it('lets the share function UpdateItem the table and nothing else there, with the signing key by name only', () => {
    const fn = all('AWS::Lambda::Function').find((f) => String(f.Properties.Description ?? '').startsWith('Pathways share links'));
    const env = (fn?.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(Object.keys(env).sort()).toEqual(['LINK_SIGNING_SECRET_NAME', 'LOG_LEVEL', 'TABLE_NAME', 'WHATSAPP_DISPLAY_NUMBER']);
    const statements = all('AWS::IAM::Policy').flatMap((p) => (p.Properties.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement);
    const updateOnly = statements.filter((s) => s.Action === 'dynamodb:UpdateItem');
    expect(updateOnly).toHaveLength(1);
    // The table itself, not its indexes.
    expect(updateOnly[0]?.Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Table/), 'Arn'] });
  });

  it('takes the WhatsApp number and public address from context, and refuses bad values', () => {
    const custom = synth({ whatsappDisplayNumber: '447700900123', publicBaseUrl: 'https://pathways.example.org' });
    const fn = (Object.values(custom.findResources('AWS::Lambda::Function')) as Resource[]).find((f) => String(f.Properties.Description ?? '').startsWith('Pathways share links'));
    expect((fn?.Properties.Environment as { Variables: Record<string, unknown> }).Variables).toMatchObject({ WHATSAPP_DISPLAY_NUMBER: '447700900123', PUBLIC_BASE_URL: 'https://pathways.example.org' });
    expect(() => synth({ whatsappDisplayNumber: '+44 7700' })).toThrow(/whatsappDisplayNumber/);
    expect(() => synth({ publicBaseUrl: 'http://insecure.example.org' })).toThrow(/publicBaseUrl/);
  });
});
