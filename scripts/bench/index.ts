import { buildAll } from '../build';
import { benchBundles } from './bundles';

/**
 * `npm run bench`: the figures the README quotes. Targets are printed beside
 * each figure; benchmarks report, they do not fail the test suite.
 */
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

await buildAll();
console.log('\nLambda bundles (minified ESM, Node 22 target) and cold initialisation (median of fresh processes)\n');
console.log('| function | size | budget | bare node | load | ratio |');
console.log('|---|---|---|---|---|---|');
for (const f of await benchBundles()) {
  console.log(`| ${f.name} | ${kb(f.bytes)} | ${kb(f.budgetBytes)} | ${f.bareMs.toFixed(0)} ms | ${f.loadMs.toFixed(0)} ms | ${f.ratio.toFixed(2)}x |`);
}
