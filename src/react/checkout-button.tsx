/**
 * `CheckoutButton`: its props sorted into session, hook options and DOM, the form it renders so a press
 * works before hydration, and the warming of the way to Flowglad.
 */
import {
  type ButtonHTMLAttributes,
  cloneElement,
  forwardRef,
  isValidElement,
  type MouseEvent,
  type PointerEvent,
  type ReactElement,
  type ReactNode,
  useEffect,
} from 'react';
import type { CheckoutError } from '../core/checkout-error';
import { checkoutSessionSchema } from '../core/checkout-schema';
import { DEFAULT_ENDPOINT, FLOWGLAD_ORIGIN } from '../core/defaults';
import { readRefusedFormPost } from '../core/refused-form-post';
import type { CheckoutSessionInput } from '../core/types';
import { defaultErrorMessage } from './default-error-message';
import { Slot } from './slot';
import type { UseCreateCheckoutSessionOptions } from './types';
import { useCheckoutRun } from './use-create-checkout-session';

/** The session a {@link CheckoutButton} creates: exactly a {@link CheckoutSessionInput}. */
export type CheckoutButtonSessionProps = CheckoutSessionInput;

/**
 * Native button props that would change what the button's form posts, or where: the form is the
 * button's own, and posts exactly the session.
 */
type FormPostProps =
  | 'type'
  | 'name'
  | 'value'
  | 'form'
  | 'formAction'
  | 'formMethod'
  | 'formEncType'
  | 'formTarget'
  | 'formNoValidate';

/**
 * The props of {@link CheckoutButton} besides the session: the hook's options, labels, and any native
 * button prop but those that would change its form post (`type`, `name`, `value`, `form`, `formAction`, …).
 */
export interface CheckoutButtonOwnProps
  extends UseCreateCheckoutSessionOptions,
    Omit<ButtonHTMLAttributes<HTMLButtonElement>, FormPostProps | 'onError'> {
  /** Render your own element (a link, a styled button) instead of a `<button>`, with the behaviour merged in. */
  asChild?: boolean;
  /** Shown while the session is being created. @defaultValue `'Starting checkout…'` */
  creatingLabel?: ReactNode;
  /** Shown once the redirect has started. @defaultValue `'Redirecting to checkout…'` */
  redirectingLabel?: ReactNode;
  /**
   * What the `role="alert"` element says on error: a node, or a function of the error; `null` hides it.
   * @defaultValue {@link defaultErrorMessage}
   */
  errorMessage?: ReactNode | ((error: CheckoutError) => ReactNode);
}

/**
 * Props of {@link CheckoutButton}: the same union as {@link CheckoutSessionInput} (so a missing price,
 * both `priceId` and `priceSlug`, or `activate_subscription` without `targetSubscriptionId` do not
 * compile) plus {@link CheckoutButtonOwnProps}.
 */
export type CheckoutButtonProps = CheckoutButtonSessionProps & CheckoutButtonOwnProps;

/** The hook's options, checked by the compiler against its type: a new option cannot leak onto the DOM. */
const HOOK_OPTIONS = {
  endpoint: true,
  fetch: true,
  headers: true,
  timeoutMs: true,
  allowedRedirectOrigins: true,
  navigate: true,
  preconnect: true,
  startOn: true,
  onError: true,
  redirect: true,
  onSuccess: true,
  onRedirect: true,
  onCheckoutEvent: true,
} satisfies Record<keyof UseCreateCheckoutSessionOptions, true>;

/** Every field of the shared schema describes the session. */
const SESSION_KEYS = /* @__PURE__ */ (() =>
  new Set(Object.values(checkoutSessionSchema).flatMap((schema) => Object.keys(schema.shape))))();

type Bag = Record<string, unknown>;

/** Sorts the props once: the session to create, the hook's options, and what goes on the element. */
function sortProps(props: Bag) {
  const input: Bag = {};
  const options: Bag = {};
  const native: Bag = {};
  for (const [key, value] of Object.entries(props)) {
    if (SESSION_KEYS.has(key)) input[key] = value;
    else if (Object.hasOwn(HOOK_OPTIONS, key)) options[key] = value;
    else native[key] = value;
  }
  return { input: input as unknown as CheckoutSessionInput, options, native };
}

/**
 * Once hydrated: a form post the route refused may have come back with a marker naming this checkout,
 * shown as its error. The marker belongs to the page load: read once.
 */
function useRefusedFormPost(session: object, refused: (error: CheckoutError) => void) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once, on mount
  useEffect(() => {
    readRefusedFormPost(session).then(
      (refusal) => refusal && refused(refusal),
      () => {},
    );
  }, []);
}

/**
 * One click from "Buy" to Flowglad's hosted checkout. Renders a native submit `<button>` (or your
 * element, with `asChild`) in a `<form method="post" action={endpoint}>` that carries the session, so
 * a press works before hydration too (the route answers the form post with a redirect). Once hydrated
 * a click runs the checkout in the page instead, and the form is never also posted: `data-state` =
 * `idle | creating | redirecting | error`, `aria-busy` and `disabled` while busy, and on error a
 * visible `role="alert"` message — also for a form post the route refused and sent back. Your `onClick`
 * runs first; `event.preventDefault()` in it cancels the checkout. Repeat clicks while busy send nothing.
 *
 * @example
 * ```tsx
 * import { CheckoutButton } from 'react-flowglad-checkout';
 *
 * <CheckoutButton priceId="price_123" quantity={2} successUrl="/thanks">Buy</CheckoutButton>
 * ```
 */
export const CheckoutButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, CheckoutButtonProps>(
  function CheckoutButton(
    {
      asChild,
      creatingLabel = 'Starting checkout…',
      redirectingLabel = 'Redirecting to checkout…',
      errorMessage = defaultErrorMessage,
      children,
      onClick,
      onPointerDown,
      ...rest
    },
    ref,
  ) {
    const { input, options, native } = sortProps(rest);
    const { createCheckoutSession, press, pressing, refused, status, error, isLoading, settings } =
      useCheckoutRun(options);
    // What the form posts before hydration: the session as given (the route resolves relative URLs).
    const session = { ...input, type: input.type ?? 'product' };

    useRefusedFormPost(session, refused);

    let label: ReactNode;
    if (status === 'creating') label = creatingLabel;
    if (status === 'redirecting') label = redirectingLabel;
    const shared = {
      ...native,
      'data-state': status,
      'aria-busy': isLoading || undefined,
      onPointerDown: (event: PointerEvent<HTMLButtonElement>) => {
        onPointerDown?.(event);
        const primary = event.button === 0 && !event.defaultPrevented;
        if (settings.startOn === 'pointerdown' && primary && !isLoading) press(input);
      },
      onClick: (event: MouseEvent<HTMLButtonElement>) => {
        onClick?.(event);
        if (event.defaultPrevented) return;
        // Neither posts the form nor follows an asChild link's href: the checkout runs in the page.
        event.preventDefault();
        if (status !== 'redirecting') void createCheckoutSession(input);
      },
      ...warming(native, settings.preconnect ?? FLOWGLAD_ORIGIN),
    };
    const alert =
      error &&
      status === 'error' &&
      (typeof errorMessage === 'function' ? errorMessage(error) : errorMessage);
    // While a press waits for its click the element stays enabled: a disabled button gets no click.
    const disabled = (isLoading && !pressing) || undefined;

    return (
      <>
        <form
          method="post"
          action={settings.endpoint ?? DEFAULT_ENDPOINT}
          data-checkout-form=""
          // The form lays out nothing of its own: the button sits where it would without it.
          style={{ display: 'contents' }}
        >
          <input type="hidden" name="checkoutSession" value={JSON.stringify(session)} />
          {asChild ? (
            <Slot {...shared} forwardedRef={ref} aria-disabled={disabled}>
              {label !== undefined && isValidElement(children)
                ? cloneElement(children as ReactElement<{ children?: ReactNode }>, undefined, label)
                : children}
            </Slot>
          ) : (
            <button {...shared} ref={ref} type="submit" disabled={disabled || Boolean(native.disabled)}>
              {label ?? children}
            </button>
          )}
        </form>
        {alert != null && alert !== false && (
          <span role="alert" data-checkout-error={error?.code}>
            {alert}
          </span>
        )}
      </>
    );
  },
);

/** The element's own hover, focus and touch handlers, each then warming up the way to `origin`. */
function warming(native: Bag, origin: string | false) {
  const warm = (handler: unknown) => (event: unknown) => {
    if (typeof handler === 'function') handler(event);
    if (origin) preconnect(origin);
  };
  return {
    onPointerEnter: warm(native.onPointerEnter),
    onFocus: warm(native.onFocus),
    onTouchStart: warm(native.onTouchStart),
  };
}

/** Warms up DNS and TLS before the redirect; does nothing without a DOM, for a bad origin, or twice. */
function preconnect(origin: string): void {
  try {
    const href = new URL(origin).origin;
    if (!document.head.querySelector(`link[rel=preconnect][href="${href}"]`)) {
      document.head.append(Object.assign(document.createElement('link'), { rel: 'preconnect', href }));
    }
  } catch {
    // No DOM (server rendering) or a malformed origin: nothing to warm up.
  }
}
