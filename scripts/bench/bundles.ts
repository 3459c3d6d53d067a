import { bundleFunction } from '../bundle/bundle';
import { FUNCTIONS } from '../bundle/functions';
import { measureColdStart } from './cold-start';

/** Configuration that lets each composition root start without AWS (values, not secret names). */
const BENCH_ENV = {
  TABLE_NAME: 'pathways-bench',
  AWS_REGION: 'us-east-1',
  DYNAMODB_ENDPOINT: 'http://127.0.0.1:1',
  PEPPER: 'bench-pepper-0123456789',
  WEBCHAT_TOKEN_SECRET: 'bench-token-secret-0123456789',
  WHATSAPP_APP_SECRET: 'bench-app-secret-0123456789',
  WHATSAPP_VERIFY_TOKEN: 'bench-verify-token',
  WHATSAPP_ACCESS_TOKEN: 'bench-access-token',
  WHATSAPP_PHONE_NUMBER_ID: '100000000000001',
  QUEUE_URL: 'http://127.0.0.1:1/000000000000/bench.fifo',
  LINK_SIGNING_SECRET: 'bench-link-secret-0123456789',
  ADVISER_SIGNING_KEY: 'bench-adviser-key-0123456789',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
};

export interface BundleFigures {
  name: string;
  bytes: number;
  budgetBytes: number;
  bareMs: number;
  loadMs: number;
  ratio: number;
  /** Bytes of compiled content inlined in the bundle (the rest ships beside it, read on first use). */
  contentBytes: number;
}

export async function benchBundles(runs = 21): Promise<BundleFigures[]> {
  const figures: BundleFigures[] = [];
  for (const fn of FUNCTIONS) {
    const { file, bytes, metafile } = await bundleFunction(fn.name, `.build/bench/${fn.name}`);
    const contentBytes = Object.values(metafile.outputs).reduce((sum, out) => sum + Object.entries(out.inputs).filter(([input]) => input.startsWith('.build/')).reduce((s, [, i]) => s + i.bytesInOutput, 0), 0);
    figures.push({ name: fn.name, bytes, budgetBytes: fn.budgetBytes, contentBytes, ...measureColdStart(file, BENCH_ENV, runs) });
  }
  return figures;
}
