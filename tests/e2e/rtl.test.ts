import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from '../support/browser-server';

const ctx = useServerAndBrowser();

/**
 * Where ink falls in a screenshot: right-to-left text hugs the right edge of
 * its bubble. We compare the dark pixels' horizontal centre against the bubble's.
 */
async function inkLeansRight(page: import('playwright-core').Page, selector: string): Promise<boolean> {
  const element = page.locator(selector).first();
  const png = await element.screenshot();
  const { PNG } = await import('pngjs');
  const image = PNG.sync.read(png);
  let sum = 0;
  let count = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if ((image.data[i] ?? 255) + (image.data[i + 1] ?? 255) + (image.data[i + 2] ?? 255) < 300) {
        sum += x;
        count++;
      }
    }
  }
  return count > 0 && sum / count > image.width / 2;
}

/** Index of the bubble with the most right-to-left text: a wrapped paragraph, whose ragged edge shows the direction. */
async function longestBubble(page: import('playwright-core').Page, selector: string): Promise<number> {
  const texts = (await page.locator(selector).allTextContents()).map((t) => (/^[^A-Za-z]*[\u0600-\u06FF]/.test(t) ? t : ''));
  return texts.reduce((best, text, i) => (text.length > (texts[best] ?? '').length ? i : best), 0);
}

describe.each(['ar', 'fa-AF', 'ps'])('right-to-left in %s', (lang) => {
  it('web chat lays the conversation out right to left', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${ctx.server.url}/?lang=${lang}`);
    await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await inkLeansRight(page, `.msg.bot >> nth=${await longestBubble(page, '.msg.bot')}`)).toBe(true);
    await page.close();
  });

  it('the WhatsApp simulator shows the bot right to left', async () => {
    const from = `4477009${Math.floor(Math.random() * 1e5)}`;
    await ctx.server.simulator.sendAsUser(from, { text: 'hi' });
    await ctx.server.queue.drained();
    await ctx.server.simulator.sendAsUser(from, { reply: { kind: 'list', id: `lang:${lang}`, title: lang } });
    await ctx.server.queue.drained();
    const page = await ctx.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${ctx.server.url}/dev/whatsapp`);
    await page.locator('#from').fill(from);
    await page.locator('#from').dispatchEvent('change');
    await expect.poll(() => page.locator('.msg.in').count()).toBeGreaterThan(2);
    // The first reply in the new language confirms it; the machine-translation note is long enough to wrap,
    // so the ragged last line shows which side the text is set from.
    expect(await page.locator('.msg.in').nth(2).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    const note = await longestBubble(page, '.msg.in');
    expect(await inkLeansRight(page, `.msg.in >> nth=${note}`)).toBe(true);
    await page.close();
  });
});
