import { isObject } from '../core/is-object';
import { checkoutKey, REFUSAL_MARKER as MARKERS } from '../core/refused-form-post';
import { ROUTE_ERRORS } from '../core/route-errors';
import { RELAY_LIMITS } from './defaults';
import { errorResponse } from './error-response';
import { jsonResponseText } from './json-response';
import { type Read, readBodyText } from './read-json-body';
import { refusalPage } from './refusal-page';

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
): Promise<Read> {
  const read = await readBodyText(request);
  if (!read.ok) return read;
  const fields = [...new URLSearchParams(read.text)];
  const sent = fields.filter(([name]) => name === 'checkoutSession');
  let session: unknown;
  if (sent.length === 1) {
    try {
      session = JSON.parse(sent[0]?.[1] ?? '');
    } catch {
      return {
        ok: false,
        response: errorResponse('invalid_json', {
          issues: [{ path: ['checkoutSession'], message: 'the checkoutSession field is not valid JSON' }],
        }),
      };
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
    return {
      ok: false,
      response: errorResponse('invalid_input', { issues: issues.slice(0, RELAY_LIMITS.issues) }),
    };
  }
  if (isObject(session)) resolveReturnUrls(session, page.base);
  return { ok: true, value: { checkoutSession: session } };
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
