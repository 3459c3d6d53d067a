import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Packages the pure conversation core must never import (see README "Architecture"). */
const FORBIDDEN_IN_CORE = [
  { group: ['@aws-sdk/*', 'aws-*', 'botbuilder*', 'botframework-*'], message: 'The core is pure: talk to the world through a port.' },
  { group: ['node:http', 'node:https', 'http', 'https', 'node:net'], message: 'The core is pure: no network.' },
  { group: ['**/adapters/**', '**/channels/**', '**/webchat/**', '**/whatsapp-webhook/**', '**/bot-worker/**'], message: 'The core must not depend on outer layers.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.build/', '.data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lambdas/**/*.ts'],
    ignores: ['lambdas/channels/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['botbuilder*', 'botframework-*'], message: 'botbuilder stays behind the seam in lambdas/channels/.' }] },
      ],
    },
  },
  {
    files: ['lambdas/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: FORBIDDEN_IN_CORE }] },
  },
  {
    files: ['web/**/*.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', localStorage: 'readonly', sessionStorage: 'readonly', location: 'readonly', history: 'readonly', navigator: 'readonly', URLSearchParams: 'readonly' } },
  },
);
