import type { CheckoutSessionBody } from '../core/checkout-session-schema';
import { allowsGuest, checkRateLimit, resolveBuyer } from './app-callbacks';
import { cookieOwner } from './create-checkout-cookies';
import type { Deadline } from './create-deadline';
import { createDeadline } from './create-deadline';
import { UnusableCustomerEmail } from './customer-email';
import { jsonResponse } from './json-response';
import { parseCheckoutRequest } from './parse-checkout-request';
import { readJsonBody } from './read-json-body';
import type { RouteContext } from './route-context';
import { RouteFailure } from './route-failure';
import { checkRequestOrigin } from './shop-origins';
import type { Buyer } from './types';

/** `POST`: the cheap checks first (origin, body), then who pays and Flowglad, under one deadline. */
export async function handleCheckoutPost(request: Request, context: RouteContext): Promise<Response> {
  const origin = checkRequestOrigin(request, context);
  if (!origin.ok) {
    await request.body?.cancel().catch(() => {});
    return origin.response;
  }
  const read = await readJsonBody(request);
  if (!read.ok) return read.response;
  const parsed = parseCheckoutRequest(read.value, origin.origins);
  if (!parsed.ok) return parsed.response;

  const deadline = createDeadline(context.config.timeoutMs, request.signal);
  try {
    await checkRateLimit(request, { method: 'POST', input: parsed.session }, context, deadline);
    const buyer = await resolveBuyer(request, parsed.session, context, deadline);
    if (buyer instanceof Response) return buyer;
    const { answer, paidBy } = await createSession(request, parsed.session, buyer, context, deadline);
    const owner = cookieOwner(paidBy.customer?.externalId);
    const cookie = await context.cookies.issue(request, answer.checkoutSession.id, owner);
    const headers: HeadersInit = cookie ? { 'set-cookie': cookie } : {};
    return jsonResponse(200, { checkoutSession: answer.checkoutSession, url: answer.url }, headers);
  } catch (error) {
    return context.fail(request, error);
  } finally {
    deadline.dispose();
  }
}

/**
 * A signed-in shopper whose email Flowglad's page would refuse checks out as a guest when `guestCheckout`
 * allows this checkout (the page then asks for the email); otherwise the refusal stands.
 */
async function createSession(
  request: Request,
  session: CheckoutSessionBody,
  buyer: Buyer,
  context: RouteContext,
  deadline: Deadline,
) {
  try {
    return { answer: await context.upstream.createCheckoutSession(session, buyer, deadline), paidBy: buyer };
  } catch (error) {
    const unusableEmail = error instanceof RouteFailure && error.cause instanceof UnusableCustomerEmail;
    if (!unusableEmail || !(await allowsGuest(request, session, context, deadline))) throw error;
    context.notice(
      'guest-for-email',
      `${(error.cause as Error).message} This shopper checked out as a guest instead (guestCheckout allows it); their purchase is not linked to their account. Said once.`,
    );
    const guest: Buyer = { guest: true };
    return { answer: await context.upstream.createCheckoutSession(session, guest, deadline), paidBy: guest };
  }
}
