import { buildContent } from '../build/content';
import { bundleFunction } from './bundle';

/**
 * `tsx scripts/bundle/cli.ts <function> <outdir> [--sourcemap]`: called by the
 * CDK stack's local bundling, so deployed code is built exactly as the
 * benchmarks build it. Builds the content bundle first: a fresh clone can synth.
 */
const [name, outdir, flag] = process.argv.slice(2);
if (!name || !outdir) {
  console.error('usage: tsx scripts/bundle/cli.ts <function> <outdir> [--sourcemap]');
  process.exit(2);
}
await buildContent();
const { bytes } = await bundleFunction(name, outdir, { sourcemap: flag === '--sourcemap' });
console.error(`bundled ${name}: ${(bytes / 1024).toFixed(0)} KB`);
