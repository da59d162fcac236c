import { isObject } from '../core/is-object';
import type { CheckoutCustomer } from './types';

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
