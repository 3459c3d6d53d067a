import { create } from 'qrcode/lib/core/qrcode.js';
import { escapeHtml } from './html';

/** Four modules of white around the code, as the QR standard asks, so scanners find its edges. */
export const QUIET_ZONE = 4;

/**
 * A QR code as a small SVG: one path of horizontal runs of dark modules on
 * a white square. Level Q survives about a quarter of the code being
 * damaged (creased, stained or badly printed flyers); the matrix is never
 * scaled, so printers render it crisply at any size.
 */
export function qrSvg(text: string, label: string): string {
  const { modules } = create(text, { errorCorrectionLevel: 'Q' });
  const n = modules.size;
  const side = n + QUIET_ZONE * 2;
  let path = '';
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      let end = x;
      while (end < n && modules.get(y, end)) end++;
      path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${end - x}v1h-${end - x}z`;
      x = end;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" role="img" aria-label="${escapeHtml(label)}">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  );
}
