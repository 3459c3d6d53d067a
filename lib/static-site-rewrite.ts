import { VIEWER_ADDRESS_HEADER } from '../lambdas/webchat/client-network';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INFORMATION_AREAS } from '../lambdas/core/content/schema';

const CONTENT_TOPICS = fileURLToPath(new URL('../content/topics', import.meta.url));

/** Topic ids with an English text: the build writes pages in every language for exactly these. */
export function siteTopicIds(root = CONTENT_TOPICS): string[] {
  return INFORMATION_AREAS.flatMap((area) => {
    const dir = join(root, area);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'en.md')))
      .map((entry) => `${area}.${entry.name}`);
  }).sort();
}

/**
 * The CloudFront Function (viewer request, default behaviour) that maps the
 * static site's clean URLs to its files, exactly as the local server does
 * (scripts/local/helper-pages.ts; one test holds both to the same cases):
 * `/t/<topic>?lang=xx` → `/t/<topic>/<xx>.html`, `/share?lang=xx` →
 * `/share/<xx>.html`, `/privacy?lang=xx` → `/privacy/<xx>.html`, `/advisers/`
 * → `/advisers/index.html` (the console; its API is `/advisers/api/*`). Unknown
 * topics and languages get the not-found page in the request's language
 * (served with status 200: a viewer-request function cannot set the origin
 * response's status). Topic and language lists are written in at synth.
 */
export function siteRewriteCode(topics: readonly string[], languages: readonly string[]): string {
  const set = (items: readonly string[]) => JSON.stringify(Object.fromEntries(items.map((item) => [item, 1])));
  return `var TOPICS = ${set(topics)};
var LANGS = ${set(languages)};
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var q = request.querystring.lang;
  var lang = q && q.value ? q.value : 'en';
  var page = LANGS[lang] === 1 ? lang : 'en';
  if (uri === '/share' || uri === '/share/') request.uri = '/share/' + page + '.html';
  else if (uri === '/privacy' || uri === '/privacy/') request.uri = '/privacy/' + page + '.html';
  else if (uri === '/advisers' || uri === '/advisers/') request.uri = '/advisers/index.html';
  else if (uri.indexOf('/t/') === 0) {
    var m = uri.match(/^\\/t\\/([a-z]+\\.[a-z0-9-]+)\\/?$/);
    request.uri = m && TOPICS[m[1]] === 1 && LANGS[lang] === 1 ? '/t/' + m[1] + '/' + lang + '.html' : '/404/' + page + '.html';
  }
  return request;
}`;
}

/**
 * For `/s/*` (the share function behind API Gateway): CloudFront sends the
 * API's own Host, so the viewer's is passed on as x-forwarded-host and the
 * function builds absolute links (og:url, og:image, QR codes) on the public
 * address. Set here, it overwrites anything a viewer sent.
 */
export const FORWARD_HOST_CODE = `function handler(event) {
  var request = event.request;
  request.headers['x-forwarded-host'] = { value: request.headers.host.value };
  return request;
}`;

/**
 * Passes the viewer's address to the web chat (its per-network limit would
 * otherwise see only the edge server). It overwrites any value the client
 * sent under that name, so only CloudFront's word reaches the API.
 */
export const VIEWER_ADDRESS_CODE = `function handler(event) {
  var request = event.request;
  request.headers['${VIEWER_ADDRESS_HEADER}'] = { value: event.viewer.ip };
  return request;
}`;
