import { PNG } from 'pngjs';

/** 5×7 glyphs for the brand word; one neutral image serves every language's link preview. */
const GLYPHS: Record<string, string[]> = {
  P: ['11110', '10001', '10001', '11110', '10000', '10000', '10000'],
  A: ['01110', '10001', '10001', '11111', '10001', '10001', '10001'],
  T: ['11111', '00100', '00100', '00100', '00100', '00100', '00100'],
  H: ['10001', '10001', '10001', '11111', '10001', '10001', '10001'],
  W: ['10001', '10001', '10001', '10101', '10101', '10101', '01010'],
  Y: ['10001', '10001', '01010', '00100', '00100', '00100', '00100'],
  S: ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
};

const BLUE = [0x0b, 0x53, 0x94] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
const GREEN = [0x6a, 0xd1, 0x8f] as const;

/**
 * The Open Graph image (1200×630, what WhatsApp and others crop best): the
 * word PATHWAYS on the brand blue with a path of dots beneath. Flat colours
 * compress to a few kilobytes, well under WhatsApp's preview size limit.
 */
export function ogImagePng(width = 1200, height = 630): Buffer {
  const png = new PNG({ width, height });
  const fill = (x0: number, y0: number, w: number, h: number, [r, g, b]: readonly number[]) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
        const i = (y * width + x) * 4;
        png.data[i] = r ?? 0;
        png.data[i + 1] = g ?? 0;
        png.data[i + 2] = b ?? 0;
        png.data[i + 3] = 255;
      }
    }
  };
  fill(0, 0, width, height, BLUE);
  const word = 'PATHWAYS';
  const scale = 18;
  const advance = 6 * scale;
  const wordWidth = word.length * advance - scale;
  const left = Math.round((width - wordWidth) / 2);
  const dot = 24;
  const top = Math.round((height - (7 * scale + 40 + dot)) / 2);
  [...word].forEach((letter, n) => {
    (GLYPHS[letter] ?? []).forEach((row, y) => {
      [...row].forEach((bit, x) => {
        if (bit === '1') fill(left + n * advance + x * scale, top + y * scale, scale, scale, WHITE);
      });
    });
  });
  for (let i = 0; i < 9; i++) fill(left + Math.round((i * (wordWidth - dot)) / 8), top + 7 * scale + 40, dot, dot, i === 8 ? GREEN : WHITE);
  return PNG.sync.write(png, { colorType: 2, deflateLevel: 9 });
}
