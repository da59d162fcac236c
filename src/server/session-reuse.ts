/**
 * Which session a `POST` answers: this browser's open one for the very same checkout, the one a
 * concurrent identical `POST` is getting, or a new one.
 */
import { allowsGuest } from './app-callbacks';
import { cookieOwner } from './cookie';
import { createDeadline, type Deadline } from './deadline';
import { REUSE_MIN_REMAINING_MS } from './defaults';
import {
  type CheckedSessionAnswer,
  checkSessionAnswer,
  sessionEmailProblem,
  UnusableCustomerEmail,
} from './flowglad-client';
import { RouteFailure, routeFailure } from './refusal';
import type { CheckoutRequest, ObtainedSession, RouteContext } from './route-context';
import type { Buyer } from './types';

const expiresAt = (value: unknown) => (typeof value === 'number' ? value : Date.parse(String(value)));

/**
 * The open session this browser's cookie names for this very checkout and shopper, still open at
 * Flowglad with time left to pay, checked as a create's answer would be; `undefined` when a new one is
 * needed. `add_payment_method` is never reused: Flowglad's read answers its `url` as `/checkout/{id}`,
 * a page that fails for that type.
 */
async function findOpenSession(
  { request, session, buyer, fingerprint }: CheckoutRequest,
  context: RouteContext,
  deadline: Deadline,
): Promise<CheckedSessionAnswer | undefined> {
  if (session.type === 'add_payment_method') return undefined;
  const cookie = await context.cookies.read(request, [cookieOwner(buyer.customer?.externalId)]);
  if (!cookie || cookie.fingerprint !== fingerprint) return undefined;
  let answer: unknown;
  try {
    answer = await context.upstream.retrieveCheckoutSession(cookie.sessionId, deadline);
  } catch (error) {
    // Gone, or Flowglad failing to read it: a create follows (and is reported if it fails too).
    if (deadline.signal.aborted) throw error;
    return undefined;
  }
  let checked: CheckedSessionAnswer;
  try {
    checked = checkSessionAnswer(answer, {
      baseUrl: context.settings.baseUrl,
      secret: context.settings.apiKey,
    });
  } catch {
    return undefined;
  }
  const open = checked.checkoutSession;
  if (open.id !== cookie.sessionId || open.status !== 'open') return undefined;
  if (!(expiresAt(open.expires) - Date.now() > REUSE_MIN_REMAINING_MS)) return undefined;
  if (buyer.customer && sessionEmailProblem(open, buyer.customer)) return undefined;
  return checked;
}

/**
 * A signed-in shopper whose email Flowglad's page would refuse checks out as a guest when `guestCheckout`
 * allows this checkout (the page then asks for the email); otherwise the refusal stands.
 */
async function createSession(
  { request, session, buyer }: CheckoutRequest,
  context: RouteContext,
  deadline: Deadline,
): Promise<ObtainedSession> {
  try {
    const answer = await context.upstream.createCheckoutSession(session, buyer, deadline);
    return { answer, paidBy: buyer, reused: false };
  } catch (error) {
    const unusableEmail = error instanceof RouteFailure && error.cause instanceof UnusableCustomerEmail;
    if (!unusableEmail || !(await allowsGuest(request, session, context, deadline))) throw error;
    context.notice(
      'guest-for-email',
      `${(error.cause as Error).message} This shopper checked out as a guest instead (guestCheckout allows it); their purchase is not linked to their account. Said once.`,
    );
    const guest: Buyer = { guest: true };
    const answer = await context.upstream.createCheckoutSession(session, guest, deadline);
    return { answer, paidBy: guest, reused: false };
  }
}

async function reuseOrCreate(checkout: CheckoutRequest, context: RouteContext, deadline: Deadline) {
  const open = context.settings.reuseOpenSessions
    ? await findOpenSession(checkout, context, deadline)
    : undefined;
  if (open) return { answer: open, paidBy: checkout.buyer, reused: true };
  return createSession(checkout, context, deadline);
}

/**
 * Which concurrent `POST`s are one checkout of one browser: a signed-in shopper's identical checkouts,
 * or a guest's from the same cookie. Guests without a cookie cannot be told apart (many share an
 * address), so they never share.
 */
async function sharedKey({ request, buyer, fingerprint }: CheckoutRequest, context: RouteContext) {
  if (buyer.customer) return `${cookieOwner(buyer.customer.externalId)}\n${fingerprint}`;
  const cookie = await context.cookies.read(request, [cookieOwner(undefined)]);
  return cookie && `guest ${cookie.sessionId}\n${fingerprint}`;
}

/**
 * The session a `POST` answers: this browser's open session for the same checkout (one Flowglad read
 * instead of a create), the one a concurrent identical `POST` of this browser is getting, or a new one.
 * `joined` is set when the answer is shared with another request, which reports any failure itself.
 */
export async function obtainCheckoutSession(
  checkout: CheckoutRequest,
  context: RouteContext,
  deadline: Deadline,
  joined: { value: boolean },
): Promise<ObtainedSession> {
  const key = context.settings.reuseOpenSessions ? await sharedKey(checkout, context) : undefined;
  if (!key) return reuseOrCreate(checkout, context, deadline);
  joined.value = context.checkouts.has(key);
  try {
    const obtained = await context.checkouts.run(key, deadline.signal, async (signal) => {
      // Its own deadline: the first request leaving must not cancel the others' checkout.
      const shared = createDeadline(context.settings.timeoutMs, signal);
      try {
        return await reuseOrCreate(checkout, context, shared);
      } finally {
        shared.dispose();
      }
    });
    return joined.value ? { ...obtained, reused: true } : obtained;
  } catch (error) {
    if (error instanceof RouteFailure || !deadline.signal.aborted) throw error;
    throw routeFailure(deadline.timedOut() ? 'timeout' : 'aborted', 'create_session', { cause: error });
  }
}
