import type { ContentBundle } from '../../lambdas/adapters/content/bundle-types';
import { createTurnDeps } from '../../lambdas/adapters/content/turn-deps';
import type { TurnDeps } from '../../lambdas/core/conversation/engine';
import { readContent } from '../../scripts/build/content';

let cached: Promise<ContentBundle> | undefined;

/** The real content, read straight from content/ (tests never use made-up strings). */
export function loadContent(): Promise<ContentBundle> {
  cached ??= readContent().then(({ bundle }) => bundle);
  return cached;
}

export async function realTurnDeps(): Promise<TurnDeps> {
  return createTurnDeps(await loadContent());
}
