import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** Median wall time (ms) of `runs` fresh Node processes running `args`. */
function medianProcessMs(args: string[], env: NodeJS.ProcessEnv, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`process failed: ${result.stderr.slice(-800)}`);
    times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

export interface ColdStart {
  bareMs: number;
  loadMs: number;
  ratio: number;
}

/**
 * Cold initialisation as Lambda pays it: a fresh Node process that imports the
 * bundle (running its composition root), against a bare Node process.
 */
export function measureColdStart(bundleFile: string, env: NodeJS.ProcessEnv, runs = 21): ColdStart {
  const importer = `await import(${JSON.stringify(pathToFileURL(bundleFile).href)});`;
  const childEnv = { ...process.env, ...env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  medianProcessMs(['--input-type=module', '-e', importer], childEnv, 1);
  // Interleaved, so drift in machine load touches both sides alike.
  const bare: number[] = [];
  const load: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(medianProcessMs(['--input-type=module', '-e', ''], childEnv, 1));
    load.push(medianProcessMs(['--input-type=module', '-e', importer], childEnv, 1));
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const bareMs = median(bare);
  const loadMs = median(load);
  return { bareMs, loadMs, ratio: loadMs / bareMs };
}
