import { escapeHtml, page } from './html';
import type { ShareText } from './strings';
import { contentAttributes, type TopicView } from './topic-view';

export interface FlyerInput {
  view: TopicView;
  t: ShareText;
  /** The share link the QR code carries, absolute. */
  url: string;
  /** From qrSvg(url); inlined so the flyer prints without a second request. */
  qr: string;
  /** E.164 digits without `+`. */
  whatsappNumber: string;
}

/** One A5 sheet: fits the longest summary in any language (tests/e2e print every language's longest). */
const FLYER_CSS =
  '@page{size:A5;margin:10mm}body{font-size:11pt}.sheet{text-align:center}.sheet h1{font-size:19pt;margin:2mm 0 3mm}' +
  '.sheet .lead{font-size:11pt;text-align:start;margin:0 0 4mm}.qr{width:52mm;height:52mm;margin:0 auto}.qr svg{width:100%;height:100%}' +
  '.url{font-size:8pt;word-break:break-all;color:#333}.wa{font-size:13pt;font-weight:600;margin:3mm 0 0}.wa bdi{white-space:nowrap}' +
  '@media screen{body{background:#e8e8e8}.sheet{width:148mm;min-height:210mm;margin:1rem auto;padding:10mm;background:#fff}}' +
  '@media print{main{padding:0;max-width:none}}';

/**
 * A printable flyer for notice boards: title, summary, a QR code to the
 * share link and the WhatsApp number for people who cannot scan. The
 * number is isolated (`<bdi>`, left-to-right) so it reads correctly inside
 * right-to-left sentences.
 */
export function renderFlyerPage({ view, t, url, qr, whatsappNumber }: FlyerInput): string {
  const number = `<bdi dir="ltr">+${escapeHtml(whatsappNumber)}</bdi>`;
  const whatsapp = escapeHtml(t('flyer.whatsapp', { number: '\u0000' })).replace('\u0000', number);
  const body =
    '<main class="sheet">' +
    `<p><strong>${escapeHtml(t('site'))}</strong></p>` +
    `<div${contentAttributes(view)}><h1>${escapeHtml(view.topic.title)}</h1><p class="lead">${escapeHtml(view.topic.summary)}</p></div>` +
    `<div class="qr">${qr}</div><p>${escapeHtml(t('flyer.scan'))}</p><p class="url" dir="ltr">${escapeHtml(url)}</p>` +
    `<p class="wa">${whatsapp}</p></main>`;
  return page({ lang: view.lang, dir: view.dir, title: `${view.topic.title} · ${t('site')}`, css: FLYER_CSS, body });
}
