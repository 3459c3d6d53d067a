import { buildContent } from '../build/content';
import { writeShareContent } from '../build/share-pages';
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
const content = await buildContent();
// The share function inlines only its slice of the content.
if (name === 'share') await writeShareContent(content);
const { bytes } = await bundleFunction(name, outdir, { sourcemap: flag === '--sourcemap' });
console.error(`bundled ${name}: ${(bytes / 1024).toFixed(0)} KB`);
