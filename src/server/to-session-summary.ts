import { isObject } from '../core/is-object';
import { type CheckoutSessionSummary, SESSION_STATUSES } from '../core/types';
import { scrubSecret } from './scrub-secret';

const TYPES: readonly CheckoutSessionSummary['type'][] = [
  'product',
  'add_payment_method',
  'activate_subscription',
];

const orNull = <T>(value: unknown, test: (value: unknown) => value is T): T | null =>
  test(value) ? value : null;
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isTime = (value: unknown): value is number | string => isNumber(value) || isString(value);
const isMetadata = (value: unknown): value is Record<string, string | number | boolean> =>
  isObject(value) &&
  Object.values(value).every((item) => isString(item) || isNumber(item) || typeof item === 'boolean');

/** A thanks page gets only what it shows: no customer email or name, no Flowglad internals. */
export function toSessionSummary(answer: unknown, secret: string): CheckoutSessionSummary {
  const session = isObject(answer) ? answer.checkoutSession : undefined;
  if (!isObject(session) || !isString(session.id) || !session.id) {
    throw new TypeError("Flowglad's checkout session could not be read: it has no string id.");
  }
  const { status, type } = session;
  if (!Object.hasOwn(SESSION_STATUSES, status as string) || !TYPES.includes(type as never)) {
    throw new TypeError(
      `Flowglad's checkout session has an unknown status or type (${String(status)}, ${String(type)}).`,
    );
  }
  return scrubSecret(
    {
      id: session.id,
      status: status as CheckoutSessionSummary['status'],
      type: type as CheckoutSessionSummary['type'],
      livemode: session.livemode === true,
      priceId: orNull(session.priceId, isString),
      quantity: orNull(session.quantity, isNumber),
      outputName: orNull(session.outputName, isString),
      outputMetadata: orNull(session.outputMetadata, isMetadata),
      createdAt: orNull(session.createdAt, isTime),
      expires: orNull(session.expires, isTime),
    },
    secret,
  );
}
