import type { APIGatewayProxyEventV2 as Event, APIGatewayProxyStructuredResultV2 as Result } from 'aws-lambda';
import type { ShareVisit } from '../adapters/dynamodb/share-stats';
import { isLanguageCode, languageOf } from '../core/languages';
import type { Organisation } from '../core/links/organisations';
import { readSharePath, shareLinkUrl, topicPagePath } from '../core/links/share-url';
import { counterSource, verifyClaim } from '../core/links/verify-claim';
import { json } from '../http/responses';
import { renderNotFoundPage } from './pages/not-found-page';
import { renderSharePage } from './pages/share-page';
import { shareText } from './pages/strings';
import { topicView } from './pages/topic-view';
import { htmlPage, withoutBody } from './responses';
import { serveFlyer, serveQr, signLinkRequest } from './signed-links';
import type { ShareContent } from './share-content';
import { isLinkPreviewBot, isPrefetch } from './visitor';

export interface ShareDeps {
  bundle: ShareContent;
  topics: readonly string[];
  organisations: readonly Organisation[];
  key: string;
  /** Where Pathways is served; absent in AWS by default, where CloudFront's forwarded host says it. */
  publicBaseUrl?: string;
  whatsappNumber: string;
  stats: { count(visit: ShareVisit): Promise<void> };
  onError(error: unknown): void;
}

/**
 * `/s/*`: share pages (verified or not, counted for people), their QR codes
 * and flyers, and `/s/sign` for the link builder. Everything is rendered
 * from the content bundle with the same code the static build uses.
 */
export async function routeShare(event: Event, deps: ShareDeps): Promise<Result> {
  const method = event.requestContext.http.method;
  if (method !== 'GET' && method !== 'HEAD') return json(405, { error: { code: 'MethodNotAllowed', message: 'GET only' } }, { allow: 'GET, HEAD' });
  const result = await route(event, deps, method === 'GET');
  return method === 'HEAD' ? withoutBody(result) : result;
}

async function route(event: Event, deps: ShareDeps, isGet: boolean): Promise<Result> {
  const path = event.rawPath;
  const params = new URLSearchParams(event.rawQueryString ?? '');
  const base = baseUrl(event, deps);
  if (path === '/s/sign') return signLinkRequest(params, deps, base);
  const suffix = /\/(qr\.svg|flyer)$/.exec(path)?.[1];
  const claim = readSharePath(suffix ? path.slice(0, -suffix.length - 1) : path, params);
  const view = claim && topicView(deps.bundle.topics, claim.topic, claim.lang);
  if (!claim || !view) return notFound(deps, claim?.lang);
  if (suffix === 'qr.svg') return serveQr(claim, deps, base) ?? notFound(deps, claim.lang);
  if (suffix === 'flyer') return serveFlyer(claim, view, deps, base) ?? notFound(deps, claim.lang);

  const check = verifyClaim(claim, claim.sig, { key: deps.key, organisations: deps.organisations, topics: deps.topics });
  const headers = event.headers ?? {};
  if (isGet && !isLinkPreviewBot(headers['user-agent']) && !isPrefetch(headers)) {
    await deps.stats.count({ topic: claim.topic, lang: claim.lang, src: counterSource(claim, check) }).catch(deps.onError);
  }
  const t = shareText(deps.bundle.locales, view.lang);
  const url = shareLinkUrl(base, claim);
  return htmlPage(200, renderSharePage({ view, t, check, url, baseUrl: base, topicHref: topicPagePath(claim.topic, claim.lang) }));
}

function notFound(deps: ShareDeps, lang: string | undefined): Result {
  const code = isLanguageCode(lang) ? lang : 'en';
  return htmlPage(404, renderNotFoundPage(shareText(deps.bundle.locales, code), code, languageOf(code).dir));
}

/** Configured, else the host CloudFront forwarded (its function sets x-forwarded-host), else our own host. */
function baseUrl(event: Event, deps: ShareDeps): string {
  if (deps.publicBaseUrl) return deps.publicBaseUrl.replace(/\/+$/, '');
  const host = event.headers?.['x-forwarded-host'] ?? event.headers?.host ?? event.requestContext.domainName;
  return `https://${host}`;
}
