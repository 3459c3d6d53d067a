import { defineConfig } from 'vitest/config';

/**
 * Three tiers, each runnable on its own (see README "Tests"):
 * unit (pure, fast), integration (embedded DynamoDB, local HTTP), e2e (headless Chromium).
 */
export default defineConfig({
  test: {
    // The SDK warns that its 2027 releases need Node 22; Lambda runs 22 and the warning only clutters test output.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
