/**
 * The encoder half of the `qrcode` package, without its PNG/terminal
 * renderers (and their dependencies): all the share function needs.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  import type { QRCode, QRCodeOptions } from 'qrcode';
  export function create(text: string, options?: QRCodeOptions): QRCode;
}
