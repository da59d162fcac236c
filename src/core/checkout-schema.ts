/**
 * The one checkout session schema — the browser checks before sending, the route on receipt — with its
 * validation, the preparation of what is sent, and the type test that ties the input types to it.
 */
import * as z from 'zod/mini';
import { CheckoutError, type CheckoutIssue } from './checkout-error';
import { MAX_INT32, MAX_METADATA_TEXT } from './defaults';
import { isObject } from './is-object';
import type {
  ActivateSubscriptionCheckoutInput,
  AddPaymentMethodCheckoutInput,
  CheckoutSessionInput,
  CheckoutSessionSummary,
  ProductCheckoutInput,
} from './types';

/**
 * A leaf rule: one test, and a message that names the field and says what it must be. Leaves are
 * plain tests (`z.custom`) so the browser bundle carries only zod's object machinery.
 */
const rule = <T>(field: string, test: (value: unknown) => boolean, what: string) =>
  z.custom<T>(test, {
    error: (issue) => `${field} ${issue.input === undefined ? 'is required' : `must be ${what}`}`,
  });

const text = (field: string) =>
  rule<string>(field, (value) => typeof value === 'string' && value !== '', 'a non-empty string');

const url = (field: string) =>
  rule<string>(
    field,
    (value) => {
      try {
        return /^https?:$/.test(new URL(value as string).protocol);
      } catch {
        return false;
      }
    },
    'an absolute http(s) URL or a path',
  );

/** A session's `type`, also a plain test: zod's literal schema would cost the browser bundle ~200 B. */
const tag = <T extends string>(type: T) => rule<T>('type', (value) => value === type, `'${type}'`);

const preserveBillingCycleAnchor = () =>
  z.optional(
    rule<boolean>('preserveBillingCycleAnchor', (value) => typeof value === 'boolean', 'true or false'),
  );

const metadataValue = (value: unknown) =>
  typeof value === 'boolean' ||
  Number.isFinite(value) ||
  (typeof value === 'string' && value.length <= MAX_METADATA_TEXT);

const commonFields = () => ({
  successUrl: url('successUrl'),
  cancelUrl: url('cancelUrl'),
  outputMetadata: z.optional(
    rule<Record<string, string | number | boolean>>(
      'outputMetadata',
      (value) => isObject(value) && Object.values(value).every(metadataValue),
      `a flat object of strings (up to ${MAX_METADATA_TEXT} characters), numbers and booleans`,
    ),
  ),
  outputName: z.optional(text('outputName')),
});

const unknownKeys = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `remove ${issue.keys?.join(', ')}: not a checkout field`
      : 'must be an object',
};

/**
 * The one checkout session schema, by `type`: the browser checks before sending, the route on receipt.
 * No `customerExternalId` and no unknown field: the server decides who pays.
 */
// Built in a pure function call: a bundle that never validates (the thanks page's hook) drops it whole.
export const checkoutSessionSchema = /* @__PURE__ */ (() => {
  const common = commonFields();
  return {
    product: z
      .strictObject(
        {
          type: tag('product'),
          priceId: z.optional(text('priceId')),
          priceSlug: z.optional(text('priceSlug')),
          // Defaulted to 1 by validateCheckoutSession before this check.
          quantity: rule<number>(
            'quantity',
            // Flowglad stores quantity as a 32-bit integer.
            (value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_INT32,
            `a whole number from 1 to ${MAX_INT32}`,
          ),
          preserveBillingCycleAnchor: preserveBillingCycleAnchor(),
          ...common,
        },
        unknownKeys,
      )
      .check(
        z.refine((value) => (value.priceId === undefined) !== (value.priceSlug === undefined), {
          message: 'give exactly one of priceId or priceSlug',
          path: ['priceId'],
        }),
      ),
    add_payment_method: z.strictObject(
      {
        type: tag('add_payment_method'),
        targetSubscriptionId: z.optional(text('targetSubscriptionId')),
        ...common,
      },
      unknownKeys,
    ),
    activate_subscription: z.strictObject(
      {
        type: tag('activate_subscription'),
        targetSubscriptionId: text('targetSubscriptionId'),
        preserveBillingCycleAnchor: preserveBillingCycleAnchor(),
        ...common,
      },
      unknownKeys,
    ),
  };
})();

type Schema = typeof checkoutSessionSchema;
type SessionType = keyof Schema;

/** A validated checkout session as sent to the server and on to Flowglad (absolute URLs, `quantity` defaulted). */
export type CheckoutSessionBody = { [Type in SessionType]: z.output<Schema[Type]> }[SessionType];

/** The one validation the browser and the route share, as plain issues. */
export function validateCheckoutSession(
  value: unknown,
): { ok: true; data: CheckoutSessionBody } | { ok: false; issues: CheckoutIssue[] } {
  const type = (value as { type?: unknown } | null)?.type;
  // Not an object at all: say so rather than complain about its type field.
  if (typeof value !== 'object' || !value)
    return { ok: false, issues: [{ path: [], message: 'the checkout session must be an object' }] };
  const schema =
    Object.hasOwn(checkoutSessionSchema, type as string) && checkoutSessionSchema[type as SessionType];
  if (!schema) {
    const types = Object.keys(checkoutSessionSchema).join(', ');
    return { ok: false, issues: [{ path: ['type'], message: `type must be one of ${types}` }] };
  }
  // A product's quantity defaults to 1 here rather than in the schema: zod's default wrapper would cost
  // the browser bundle ~200 B.
  const defaulted = type === 'product' && (value as { quantity?: unknown }).quantity === undefined;
  const result = z.safeParse(schema, defaulted ? { ...value, quantity: 1 } : value);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
      message: issue.message,
    })),
  };
}

const resolve = (value: unknown, pageUrl: string | undefined): unknown => {
  if (value === undefined) return pageUrl;
  if (typeof value !== 'string' || !pageUrl) return value;
  try {
    return new URL(value, pageUrl).href;
  } catch {
    return value;
  }
};

/** What is sent is exactly what the route checks: defaults filled in, paths resolved against the page. */
export function prepareCheckoutInput(input: unknown, pageUrl: string | undefined): CheckoutSessionBody {
  const checked = validateCheckoutSession(
    isObject(input) && {
      ...input,
      type: input.type ?? 'product',
      successUrl: resolve(input.successUrl, pageUrl),
      cancelUrl: resolve(input.cancelUrl, pageUrl),
    },
  );
  if (checked.ok) return checked.data;
  throw new CheckoutError(
    'invalid_input',
    `Invalid checkout input: ${checked.issues.map((issue) => issue.message).join('; ')}. Nothing was sent.`,
    { issues: checked.issues },
  );
}

/** Every key any member of a union has. */
type KeysOf<T> = T extends unknown ? keyof T : never;
/** What each field holds when it is given, optional or not (a union's members merged). */
type Fields<T> = {
  [K in KeysOf<T>]-?: T extends unknown ? (K extends keyof T ? Exclude<T[K], undefined> : never) : never;
};
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;
/** The public input types by `type`: hand-written, because their TSDoc documents each field. */
type InputsByType = {
  product: ProductCheckoutInput;
  add_payment_method: AddPaymentMethodCheckoutInput;
  activate_subscription: ActivateSubscriptionCheckoutInput;
};
type Matches = {
  [Type in SessionType | keyof InputsByType]: Type extends SessionType & keyof InputsByType
    ? Same<Fields<InputsByType[Type]>, Fields<z.input<Schema[Type]>>>
    : false;
}[SessionType | keyof InputsByType];
type Assert<T extends true> = T;

/**
 * The type test that ties the input types (`types.ts`) to the schema: a field or a session type one has
 * and the other lacks, or a field whose values differ, stops this line compiling. The schema's keys are
 * the one list of session types: the summary's `type` is held to them too.
 */
export type InputTypesMatchSchema = [
  Assert<Matches>,
  Assert<Same<CheckoutSessionInput, InputsByType[keyof InputsByType]>>,
  Assert<Same<CheckoutSessionSummary['type'], SessionType>>,
];
