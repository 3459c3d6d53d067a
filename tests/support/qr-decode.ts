import jsQR from 'jsqr';

/**
 * Decodes a QR code SVG as the share function serves it (qrSvg: a viewBox of
 * modules and one path of `M x y h w v1 h-w z` runs). The path is painted
 * onto a bitmap exactly as an SVG renderer would fill those rectangles, then
 * read by jsQR, so the test decodes the image a phone camera would see.
 */
export function decodeQrSvg(svg: string, scale = 4): string | null {
  const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /<path[^>]* d="([^"]*)"/.exec(svg)?.[1];
  if (!side || path === undefined) throw new Error('not a QR code SVG from qrSvg');
  const width = side * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const run of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    const [x, y, w] = [Number(run[1]), Number(run[2]), Number(run[3])];
    for (let py = y * scale; py < (y + 1) * scale; py++) {
      for (let px = x * scale; px < (x + w) * scale; px++) pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  const consumed = path.replace(/M(\d+) (\d+)h(\d+)v1h-\3z/g, '');
  if (consumed !== '') throw new Error(`unexpected path data: ${consumed.slice(0, 40)}`);
  return jsQR(pixels, width, width)?.data ?? null;
}
