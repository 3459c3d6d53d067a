import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * HSTS, no sniffing, no framing, no referrer; the static pages also get a
 * strict CSP (the API sets its own). `connectSrc` widens where pages may
 * fetch from: the advisers' console exchanges its sign-in code with Cognito.
 */
export function securityHeaders(scope: Construct, id: string, withCsp: boolean, connectSrc = "'self'"): cloudfront.ResponseHeadersPolicy {
  return new cloudfront.ResponseHeadersPolicy(scope, id, {
    securityHeadersBehavior: {
      strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
      ...(withCsp
        ? {
            contentSecurityPolicy: {
              contentSecurityPolicy:
                `default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src ${connectSrc}; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
              override: true,
            },
          }
        : {}),
    },
  });
}

/** The built site (`npm run build` into .build/web, minus the local-only dev pages), built at synth like the functions. */
export function siteAsset(whatsappDisplayNumber: string): s3deploy.ISource {
  return s3deploy.Source.asset(`${REPO_ROOT}web`, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
      local: {
        tryBundle(outputDir: string): boolean {
          execFileSync('npx', ['tsx', 'scripts/build.ts'], {
            cwd: REPO_ROOT,
            stdio: ['ignore', 'ignore', 'inherit'],
            env: { ...process.env, WHATSAPP_DISPLAY_NUMBER: whatsappDisplayNumber },
          });
          cpSync(`${REPO_ROOT}.build/web`, outputDir, { recursive: true, filter: (path) => !/[/\\]\.build[/\\]web[/\\]dev([/\\]|$)/.test(path) });
          return true;
        },
      },
    },
  });
}
