/**
 * The button's form post before hydration: how it is recognised and read, and the navigation it gets
 * back — 303 to Flowglad, back to the shop with the marker, or a small page.
 */
import { isObject } from '../core/is-object';
import { checkoutKey, REFUSAL_MARKER as MARKERS } from '../core/refused-form-post';
import { ROUTE_ERRORS } from '../core/route-errors';
import { RELAY_LIMITS } from './defaults';
import { jsonResponseText, refusal } from './refusal';
import { readBodyText } from './request-body';

const FORM = 'application/x-www-form-urlencoded';

/** Whether this `POST` is the server-rendered button's form (before hydration), not the JSON call. */
export const isFormPost = (request: Request) =>
  request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() === FORM;

/** Where a form post came from, as far as it is the shop's: the page (its `Referer`), else the origin. */
export interface FormPage {
  /** The shop's page the form was on, when the `Referer` names one. */
  referer?: URL;
  /** What relative and absent return URLs resolve against. */
  base?: string;
}

const parseUrl = (value: string | null) => {
  try {
    return value ? new URL(value) : undefined;
  } catch {
    return undefined;
  }
};

export function formPage(request: Request, origins: readonly string[]): FormPage {
  const referer = parseUrl(request.headers.get('referer'));
  const page = referer && origins.includes(referer.origin) ? referer : undefined;
  const origin = parseUrl(request.headers.get('origin'))?.origin;
  const shop = origin && origins.includes(origin) ? origin : origins[0];
  return { ...(page && { referer: page }), ...((page || shop) && { base: page?.href ?? `${shop}/` }) };
}

/** The server cannot see the page: a relative return URL resolves against it, and an absent one is it. */
export function resolveReturnUrls(session: Record<string, unknown>, base: string | undefined): void {
  if (!base) return;
  for (const field of ['successUrl', 'cancelUrl'] as const) {
    const value = session[field];
    if (value === undefined) session[field] = base;
    else if (typeof value === 'string' && !parseUrl(value)) {
      try {
        session[field] = new URL(value, base).href;
      } catch {
        // Left as sent: the schema refuses it.
      }
    }
  }
}

/**
 * The form's one field, `checkoutSession`, a JSON string: read as the JSON body would be (same envelope,
 * same schema after this), with its return URLs resolved against the page. `posted.key` is set as soon
 * as the session is readable, for the marker of a refusal.
 */
export async function readFormBody(
  request: Request,
  page: FormPage,
  posted: { key?: string },
): Promise<unknown> {
  const fields = [...new URLSearchParams(await readBodyText(request))];
  const sent = fields.filter(([name]) => name === 'checkoutSession');
  let session: unknown;
  if (sent.length === 1) {
    try {
      session = JSON.parse(sent[0]?.[1] ?? '');
    } catch {
      throw refusal('invalid_json', {
        issues: [{ path: ['checkoutSession'], message: 'the checkoutSession field is not valid JSON' }],
      });
    }
  }
  posted.key = checkoutKey(session);
  const others = fields.filter(([name]) => name !== 'checkoutSession').map(([name]) => name);
  if (sent.length !== 1 || others.length > 0) {
    const issues = [
      ...(sent.length === 1 ? [] : [{ path: [], message: 'send exactly one checkoutSession field' }]),
      ...others.map((name) => ({
        path: [name.slice(0, 100)],
        message: `remove ${name.slice(0, 100)}: only checkoutSession is accepted`,
      })),
    ];
    throw refusal('invalid_input', { issues: issues.slice(0, RELAY_LIMITS.issues) });
  }
  if (isObject(session)) resolveReturnUrls(session, page.base);
  return { checkoutSession: session };
}

/**
 * What a browser's form post gets instead of the route's JSON: 303 to Flowglad's page (with the cookie);
 * refused, 303 back to the shop's page with the marker the button reads once hydrated, or — for a
 * cross-site post, or without a page of the shop's to go back to — a small page in the shopper's words.
 */
export function formAnswer(
  response: Response,
  page: FormPage,
  key: string | undefined,
  shop: string | undefined,
) {
  const text = jsonResponseText(response);
  const body = text === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>);
  if (response.status === 200 && typeof body?.url === 'string') {
    const headers = new Headers({ location: body.url, 'cache-control': 'no-store' });
    for (const cookie of response.headers.getSetCookie()) headers.append('set-cookie', cookie);
    return new Response(null, { status: 303, headers });
  }
  const error = isObject(body?.error) ? body.error : {};
  const code = typeof error.code === 'string' ? error.code : 'internal_error';
  const sentence = typeof error.message === 'string' ? error.message : ROUTE_ERRORS.internal_error.sentence;
  const retryAfter = response.headers.get('retry-after');
  const extra: Record<string, string> = retryAfter ? { 'retry-after': retryAfter } : {};
  if (code !== 'forbidden_origin' && page.referer) {
    const back = new URL(page.referer);
    back.searchParams.delete(MARKERS.error);
    back.searchParams.delete(MARKERS.for);
    back.searchParams.set(MARKERS.error, code);
    if (key) back.searchParams.set(MARKERS.for, key);
    return new Response(null, {
      status: 303,
      headers: { location: back.href, 'cache-control': 'no-store', ...extra },
    });
  }
  return refusalPage(response.status, sentence, shop, extra);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/**
 * What a refused form post shows when there is no shop page to send the shopper back to: a small page in
 * the shopper's words (a fixed sentence, never anything from the request), styled inline, that runs no
 * script and loads nothing.
 */
function refusalPage(
  status: number,
  sentence: string,
  shop: string | undefined,
  headers?: HeadersInit,
): Response {
  const link = shop ? `<p><a href="${escapeHtml(`${shop}/`)}">Back to the shop</a></p>` : '';
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Checkout could not start</title>
<style>
body{margin:0;min-height:100vh;display:grid;place-items:center;background:#f6f7f9;color:#1f2328;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:28rem;margin:1.5rem;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{margin:0 0 .75rem;font-size:1.25rem}
p{margin:0 0 1rem}
a{color:#4f46e5;font-weight:600}
a:focus-visible{outline:2px solid #4f46e5;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>Checkout could not start</h1>
<p role="alert">${escapeHtml(sentence)}</p>
${link}
</main>
</body>
</html>
`;
  const merged = new Headers(headers);
  merged.set('content-type', 'text/html; charset=utf-8');
  merged.set('cache-control', 'no-store');
  merged.set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
  merged.set('x-content-type-options', 'nosniff');
  return new Response(html, { status, headers: merged });
}
