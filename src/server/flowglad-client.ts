/**
 * Flowglad's official client as the route uses it: loaded on first use, its fetch held to Flowglad
 * (no redirect) and to a size, and what it answers checked before a browser is sent anywhere — the
 * page on Flowglad's origin, no secret key in it, a customer email its page can serve.
 */
import type { Flowglad } from '@flowglad/node';
import { isObject } from '../core/is-object';
import { isLoopbackHost } from '../core/redirect-rule';
import { RELAY_LIMITS } from './defaults';
import { readLimited } from './request-body';
import type { CheckoutCustomer } from './types';

/** The classes are taken from the loaded module: `@flowglad/node` is never imported statically. */
export interface FlowgladErrorClasses {
  APIError: abstract new (...args: never[]) => Error & { status: number | undefined; error: unknown };
  APIUserAbortError: abstract new (...args: never[]) => Error;
  APIConnectionTimeoutError: abstract new (...args: never[]) => Error;
}

/** The official client, with its error classes (to tell its failures apart). */
export interface LoadedFlowglad {
  client: Flowglad;
  classes: FlowgladErrorClasses;
}

/**
 * `@flowglad/node` is an optional peer, loaded on first use (again after a failure). No retries: a
 * retried create can duplicate a session.
 */
export function createFlowgladClientLoader(settings: { apiKey: string; baseUrl: string }) {
  let loading: Promise<LoadedFlowglad> | undefined;
  const load = async (): Promise<LoadedFlowglad> => {
    let mod: typeof import('@flowglad/node');
    try {
      mod = await import('@flowglad/node');
    } catch (cause) {
      throw new Error(
        'react-flowglad-checkout/server needs the official Flowglad client: run `npm install @flowglad/node` in your app.',
        { cause },
      );
    }
    const fetch = limitUpstreamFetch(globalThis.fetch);
    return {
      client: new mod.Flowglad({ apiKey: settings.apiKey, baseURL: settings.baseUrl, maxRetries: 0, fetch }),
      classes: mod,
    };
  };
  return (): Promise<LoadedFlowglad> => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/** Flowglad's answer was larger than the route reads: a failure, never a partial answer. */
export class UpstreamAnswerTooLarge extends Error {
  override readonly name = 'UpstreamAnswerTooLarge';
  constructor(maxBytes: number) {
    super(`Flowglad's answer was larger than ${maxBytes} bytes; the route read no further.`);
  }
}

/**
 * The key and body never travel elsewhere (redirects are not followed), and no answer is read past
 * `maxBytes`.
 */
function limitUpstreamFetch(
  base: typeof fetch,
  maxBytes: number = RELAY_LIMITS.answerBytes,
): (input: string | URL | Request, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const response = await base(input, { ...init, redirect: 'manual' });
    if (Number(response.headers.get('content-length')) > maxBytes) {
      await response.body?.cancel().catch(() => {});
      throw new UpstreamAnswerTooLarge(maxBytes);
    }
    if (!response.body) return response;
    const bytes = await readLimited(response.body, maxBytes);
    if (!bytes) throw new UpstreamAnswerTooLarge(maxBytes);
    const { status, statusText, headers } = response;
    return new Response(bytes as BodyInit, { status, statusText, headers });
  };
}

const REDACTED = '[redacted]';

/** Were Flowglad ever to echo the secret key in what is relayed to the browser, it would stop here. */
export function scrubSecret<T>(value: T, secret: string): T {
  const text = JSON.stringify(value);
  if (text === undefined || !text.includes(secret)) return value;
  return JSON.parse(text.replaceAll(secret, REDACTED)) as T;
}

export const scrubText = (text: string, secret: string) => text.replaceAll(secret, REDACTED);

/** A created (or reused) session's answer the browser may be sent on: checked, scrubbed of the key. */
export interface CheckedSessionAnswer {
  checkoutSession: Record<string, unknown> & { id: string };
  url: string;
}

/** Why the answer is refused, or `undefined` when `url` is a page of Flowglad's own. */
function urlProblem(url: unknown, flowglad: URL): string | undefined {
  if (typeof url !== 'string') return 'it has no url';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'its url is not an absolute URL';
  }
  const schemeAllowed =
    parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopbackHost(flowglad));
  if (!schemeAllowed || parsed.origin !== flowglad.origin) {
    return `its url is not on Flowglad's origin ${flowglad.origin} over https`;
  }
  if (parsed.username || parsed.password) return 'its url holds credentials';
  return undefined;
}

/**
 * The browser is sent only to Flowglad's own page: an answer without a session id, or whose `url` is on
 * another origin, plain http (but for a loopback stand-in) or holds credentials, is refused.
 */
export function checkSessionAnswer(
  answer: unknown,
  flowglad: { baseUrl: string; secret: string },
): CheckedSessionAnswer {
  const untrusted = (problem: string) =>
    new TypeError(`Flowglad's answer to a created checkout session was refused: ${problem}.`);
  if (!isObject(answer)) throw untrusted('it is not a JSON object');
  const session = answer.checkoutSession;
  if (!isObject(session) || typeof session.id !== 'string' || !session.id) {
    throw untrusted('it has no checkoutSession with a string id');
  }
  const problem = urlProblem(answer.url, new URL(flowglad.baseUrl));
  if (problem) throw untrusted(problem);
  const checked = {
    checkoutSession: session as CheckedSessionAnswer['checkoutSession'],
    url: answer.url as string,
  };
  if (checked.url.includes(flowglad.secret)) throw untrusted('its url holds the secret key');
  return scrubSecret(checked, flowglad.secret);
}

// The rule Flowglad's hosted checkout page checks `readonlyCustomerEmail` with (its zod email format):
// a customer whose email fails it gets a page that throws.
const EMAIL =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** Whether Flowglad's checkout page accepts `value` as the customer's email. */
export const isUsableEmail = (value: unknown): value is string =>
  typeof value === 'string' && EMAIL.test(value);

/** Why a signed-in shopper cannot check out as themselves: their email would break Flowglad's page. */
export class UnusableCustomerEmail extends Error {
  override readonly name = 'UnusableCustomerEmail';
}

const shown = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value)?.slice(0, 100));

/** The shopper `getCustomer` gave has no email Flowglad can use: never create such a customer. */
export const noEmailFromGetCustomer = (customer: CheckoutCustomer) =>
  new UnusableCustomerEmail(
    `getCustomer returned no valid email for the shopper ${JSON.stringify(customer.externalId)} (it gave ${shown(customer.email)}): Flowglad's hosted checkout page fails for a customer without one, so the route did not create or use that customer. Return { externalId, email, name } with the shopper's email, or let guestCheckout allow this checkout so the hosted page asks for it.`,
  );

/**
 * The created session's customer (an existing Flowglad customer, maybe created elsewhere with `""`) has
 * an email Flowglad's page refuses: the session must not reach the browser. `undefined` when it is fine.
 */
export function sessionEmailProblem(
  session: Record<string, unknown>,
  customer: CheckoutCustomer,
): UnusableCustomerEmail | undefined {
  const email = isObject(session) ? session.customerEmail : undefined;
  if (typeof email !== 'string' || isUsableEmail(email)) return undefined;
  if (!isUsableEmail(customer.email)) return noEmailFromGetCustomer(customer);
  return new UnusableCustomerEmail(
    `Flowglad's customer ${JSON.stringify(customer.externalId)} has the email ${shown(email)}, which its checkout page refuses, so the session was not handed to the shopper. Set that customer's email at Flowglad (its dashboard, or the API's customers.update) to ${shown(customer.email)}.`,
  );
}
