import type { APIGatewayProxyStructuredResultV2 as Result } from 'aws-lambda';
import { isLanguageCode } from '../core/languages';
import { findOrganisation } from '../core/links/organisations';
import { shareLinkUrl } from '../core/links/share-url';
import { signLink, type LinkClaim } from '../core/links/signature';
import { verifyClaim } from '../core/links/verify-claim';
import { json } from '../http/responses';
import { renderFlyerPage } from './pages/flyer-page';
import { qrSvg } from './pages/qr-svg';
import { shareText } from './pages/strings';
import type { TopicView } from './pages/topic-view';
import { htmlPage, svgImage } from './responses';
import type { ShareDeps } from './router';

type SignedClaim = LinkClaim & { sig: string | undefined };

/**
 * The link a QR code or flyer may carry: Pathways' own link (no source) is
 * signed here; a link naming an organisation only if its signature already
 * verifies, so the QR and flyer endpoints never launder a forged link.
 */
function issuableLink(claim: SignedClaim, deps: ShareDeps): (LinkClaim & { sig: string }) | undefined {
  if (!claim.src) return { ...claim, sig: signLink(deps.key, claim) };
  const check = verifyClaim(claim, claim.sig, { key: deps.key, organisations: deps.organisations, topics: deps.topics });
  return check.kind === 'verified' && claim.sig ? { ...claim, sig: claim.sig } : undefined;
}

export function serveQr(claim: SignedClaim, deps: ShareDeps, base: string): Result | undefined {
  const link = issuableLink(claim, deps);
  return link && svgImage(qrSvg(shareLinkUrl(base, link), shareLinkUrl(base, link)));
}

export function serveFlyer(claim: SignedClaim, view: TopicView, deps: ShareDeps, base: string): Result | undefined {
  const link = issuableLink(claim, deps);
  if (!link) return undefined;
  const url = shareLinkUrl(base, link);
  const t = shareText(deps.bundle.locales, view.lang);
  return htmlPage(200, renderFlyerPage({ view, t, url, qr: qrSvg(url, t('builder.qr')), whatsappNumber: deps.whatsappNumber }));
}

/**
 * `GET /s/sign?topic=&lang=&src=` for the link builder: signs a link for a
 * known topic and language, naming a registered organisation or none.
 * Public, like the builder: the signature proves a link was issued by
 * Pathways unchanged, not who asked for it (see README "Links for helpers").
 */
export function signLinkRequest(params: URLSearchParams, deps: ShareDeps, base: string): Result {
  const claim: LinkClaim = { topic: params.get('topic') ?? '', lang: params.get('lang') ?? '', src: (params.get('src') ?? '').trim().toLowerCase() };
  if (!deps.topics.includes(claim.topic) || !isLanguageCode(claim.lang)) {
    return json(400, { error: { code: 'BadArgument', message: 'unknown topic or language' } });
  }
  if (claim.src && !findOrganisation(deps.organisations, claim.src)) {
    return json(400, { error: { code: 'UnknownSource', message: 'this organisation code is not registered' } });
  }
  const link = { ...claim, sig: signLink(deps.key, claim) };
  const url = shareLinkUrl(base, link);
  return json(200, { url, qr: shareLinkUrl(base, link, '/qr.svg'), flyer: shareLinkUrl(base, link, '/flyer'), svg: qrSvg(url, url) });
}
