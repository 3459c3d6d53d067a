import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** Environment variables this construct owns; callers cannot override them. */
export const RESERVED_ENV = ['LOG_LEVEL', 'NODE_OPTIONS'] as const;

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Props for {@link PathwaysFunction}. */
export interface PathwaysFunctionProps {
  /** The function's name in scripts/bundle/functions.ts (its folder under lambdas/). */
  readonly name: string;
  readonly description: string;
  /** Key that encrypts the function's log group. */
  readonly encryptionKey: kms.IKey;
  readonly sourceMaps: boolean;
  readonly logLevel: string;
  /** Application configuration; must not use {@link RESERVED_ENV} names. */
  readonly environment?: Record<string, string>;
  /** @default 10 seconds */
  readonly timeout?: Duration;
  /** @default 512 */
  readonly memorySize?: number;
  /** @default one month: long enough to debug, short enough to limit personal data kept. */
  readonly logRetention?: logs.RetentionDays;
}

/**
 * A Pathways Lambda function with the project's fixed defaults: Node.js 22 on
 * arm64, a minified ESM bundle built by the project's own bundler
 * (scripts/bundle: esbuild with the plugin that keeps botbuilder slim; the
 * same build the benchmarks measure; never Docker), an
 * explicit KMS-encrypted log group with retention, active X-Ray tracing, and
 * its own role (no AWS managed policy; grants are added by the caller).
 */
export class PathwaysFunction extends Construct {
  readonly function: lambda.Function;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: PathwaysFunctionProps) {
    super(scope, id);

    const clashes = Object.keys(props.environment ?? {}).filter((name) =>
      (RESERVED_ENV as readonly string[]).includes(name),
    );
    if (clashes.length > 0) {
      throw new Error(`${this.node.path}: ${clashes.join(', ')} is set by PathwaysFunction itself.`);
    }

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
      encryptionKey: props.encryptionKey,
      // Logs may hold personal data; they should not outlive the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // Our own role instead of AWSLambdaBasicExecutionRole: that managed policy
    // lets the function write to every log group in the account.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role for ${props.description}`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new lambda.Function(this, 'Function', {
      code: bundledCode(props.name, props.sourceMaps),
      handler: 'index.handler',
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      role: this.role,
      logGroup: this.logGroup,
      tracing: lambda.Tracing.ACTIVE,
      timeout: props.timeout ?? Duration.seconds(10),
      memorySize: props.memorySize ?? 512,
      environment: {
        ...props.environment,
        LOG_LEVEL: props.logLevel,
        ...(props.sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
      },
    });

    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is the pinned target (LTS, matches the tested esbuild target and the Node 20/22 toolchain); moving to Node 24 is a deliberate upgrade with its own testing, not a synth-time default.',
    });
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Added by CDK for active X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords do not support resource-level permissions, so Resource must be *.',
    });
  }
}

/** Bundles at synth time with local tooling only; the Docker image is never used (no Docker here or in CI). */
function bundledCode(name: string, sourceMaps: boolean): lambda.Code {
  return lambda.Code.fromAsset(`${REPO_ROOT}lambdas/${name}`, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
      local: {
        tryBundle(outputDir: string): boolean {
          const args = ['tsx', 'scripts/bundle/cli.ts', name, outputDir, ...(sourceMaps ? ['--sourcemap'] : [])];
          execFileSync('npx', args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
          return true;
        },
      },
    },
  });
}
