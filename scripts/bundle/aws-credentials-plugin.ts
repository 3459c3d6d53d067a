import type { Plugin } from 'esbuild';
import { resolve } from 'node:path';

const FROM_ENV = resolve('lambdas/adapters/aws/credentials-from-env.ts');

/**
 * Points the AWS SDK clients' default credential chain at the environment
 * provider (lambdas/adapters/aws/credentials-from-env.ts): Lambda puts the
 * credentials there, and the rest of the chain is dead weight at cold start.
 */
export const awsCredentialsPlugin: Plugin = {
  name: 'aws-credentials-from-env',
  setup(build) {
    build.onResolve({ filter: /^@aws-sdk\/credential-provider-node$/ }, () => ({ path: FROM_ENV }));
  },
};
