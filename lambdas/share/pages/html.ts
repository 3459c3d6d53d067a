/**
 * The smallest HTML toolkit the helpers' pages need: escaping and one page
 * shell. Pages are plain strings (no template engine) so they render the
 * same at build time and in the share function, in well under a millisecond.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

export interface PageShell {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** Extra `<head>` markup (meta tags), already escaped. */
  head?: string;
  /** Page-specific CSS appended to the base. */
  css?: string;
  body: string;
}

/** Phone-first, system fonts, logical properties so right-to-left needs no second stylesheet. */
const BASE_CSS =
  '*{box-sizing:border-box}body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans Arabic","Noto Sans Ethiopic",sans-serif;color:#1b1b1b;background:#fff}' +
  'header{background:#0b5394;padding:.6rem 1rem}header a{color:#fff;font-weight:600;text-decoration:none}' +
  'main{max-width:40rem;margin:0 auto;padding:1rem}h1{font-size:1.45rem;line-height:1.25;margin:.4rem 0 .8rem}h2{font-size:1.1rem;margin:1.4rem 0 .4rem}' +
  'a{color:#0b5394}.note{padding:.6rem .8rem;border-inline-start:4px solid #0b5394;background:#eef4fb;margin:0 0 .8rem}.warn{border-color:#b45f06;background:#fdf3e7}' +
  '.btn{display:block;margin:.5rem 0;padding:.8rem 1rem;border-radius:.5rem;background:#0b5394;color:#fff;text-align:center;text-decoration:none;font-weight:600}' +
  '.btn.wa{background:#0d7a3e}.lead{font-size:1.05rem}small,.muted{color:#555}';

export function page(shell: PageShell): string {
  return (
    `<!doctype html><html lang="${escapeHtml(shell.lang)}" dir="${shell.dir}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="referrer" content="no-referrer">' +
    `<title>${escapeHtml(shell.title)}</title>${shell.head ?? ''}<style>${BASE_CSS}${shell.css ?? ''}</style></head>` +
    `<body>${shell.body}</body></html>`
  );
}

/** `<meta property=… content=…>` for Open Graph and `name=` for the rest. */
export function meta(kind: 'property' | 'name', key: string, content: string): string {
  return `<meta ${kind}="${key}" content="${escapeHtml(content)}">`;
}
