import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentBundle } from '../../../lambdas/adapters/content/bundle-types';
import { LANGUAGE_CODES } from '../../../lambdas/core/languages';
import { shareLinkUrl } from '../../../lambdas/core/links/share-url';
import { signLink } from '../../../lambdas/core/links/signature';
import { qrSvg } from '../../../lambdas/share/pages/qr-svg';
import { topicIds } from '../../../lambdas/share/pages/topic-view';
import { loadContent } from '../../support/content';
import { decodeQrSvg } from '../../support/qr-decode';

const key = 'test-link-signing-key-0123456789';
const base = 'https://d1234abcd5678.cloudfront.net';
let bundle: ContentBundle;
beforeAll(async () => {
  bundle = await loadContent();
}, 30_000);

describe('QR codes', () => {
  it('decode back to their share link, for every topic and language, with and without an organisation', () => {
    const failures: string[] = [];
    let decoded = 0;
    for (const lang of LANGUAGE_CODES) {
      for (const topic of topicIds(bundle.topics)) {
        for (const src of ['', 'demo-legal-aid']) {
          const url = shareLinkUrl(base, { topic, lang, src, sig: signLink(key, { topic, lang, src }) });
          const read = decodeQrSvg(qrSvg(url, url));
          if (read === url) decoded++;
          else failures.push(`${url} → ${String(read)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(decoded).toBe(LANGUAGE_CODES.length * topicIds(bundle.topics).length * 2);
  }, 30_000);

  it('use error correction Q with a quiet zone, as one small path', () => {
    const url = shareLinkUrl(base, { topic: 'rights.right-to-work', lang: 'fa-AF', src: 'demo-ngo', sig: 'abcdefghij' });
    const svg = qrSvg(url, 'QR');
    const side = Number(/viewBox="0 0 (\d+) /.exec(svg)?.[1]);
    // Version 5-Q is 37 modules; + 2 × 4 quiet zone.
    expect(side).toBeGreaterThanOrEqual(37 + 8);
    expect(svg).not.toMatch(/M[0-3] /); // nothing drawn in the quiet zone
    expect(svg.length).toBeLessThan(9000);
  });

  it('still decode with a fifth of the code destroyed (level Q, for worn flyers)', () => {
    const url = shareLinkUrl(base, { topic: 'predeparture.workplace-rights-duties', lang: 'uk', src: '', sig: 'abcdefghij' });
    const svg = qrSvg(url, 'QR');
    // Wipe a band of modules across the data area (away from the finder patterns).
    const damaged = svg.replace(/M(\d+) (\d+)h(\d+)v1h-\3z/g, (run, x: string, y: string) =>
      Number(y) >= 20 && Number(y) < 26 && Number(x) > 12 ? '' : run,
    );
    expect(damaged).not.toBe(svg);
    expect(decodeQrSvg(damaged)).toBe(url);
  });
});
