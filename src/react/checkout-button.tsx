import {
  type ButtonHTMLAttributes,
  cloneElement,
  forwardRef,
  isValidElement,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  useContext,
} from 'react';
import type { CheckoutError } from '../core/checkout-error';
import { checkoutSessionSchema } from '../core/checkout-session-schema';
import { FLOWGLAD_ORIGIN } from '../core/defaults';
import { preconnect } from '../core/preconnect';
import type { CheckoutSessionInput } from '../core/types';
import { CheckoutContext } from './checkout-provider';
import { defaultErrorMessage } from './default-error-message';
import { Slot } from './slot';
import {
  type UseCreateCheckoutSessionOptions,
  useCreateCheckoutSession,
} from './use-create-checkout-session';

/** Input props of {@link CheckoutButton}: the session to create (a flattened {@link CheckoutSessionInput}). */
export interface CheckoutButtonSessionProps {
  /** The session type. @defaultValue `'product'` */
  type?: CheckoutSessionInput['type'];
  /** The Flowglad price to buy (`type: 'product'`); give this or `priceSlug`, not both. */
  priceId?: string;
  /** The price's slug in your pricing model, instead of `priceId`. */
  priceSlug?: string;
  /** @defaultValue 1 */
  quantity?: number;
  /** The subscription to activate (required for `activate_subscription`) or to collect a payment method for. */
  targetSubscriptionId?: string;
  /** @defaultValue the current page URL (a path is resolved against it) */
  successUrl?: string;
  /** @defaultValue the current page URL (a path is resolved against it) */
  cancelUrl?: string;
  outputMetadata?: Record<string, string | number | boolean>;
  outputName?: string;
}

/** Props of {@link CheckoutButton}: the session, the hook's options, labels, and any native button prop. */
export interface CheckoutButtonProps
  extends CheckoutButtonSessionProps,
    UseCreateCheckoutSessionOptions,
    Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'onError'> {
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

/** Props that describe the session (every field of the shared schema) never reach the DOM… */
const sessionKeys = Object.values(checkoutSessionSchema).flatMap((schema) => Object.keys(schema.shape));
/** …and neither do the hook's options. */
const optionKeys =
  'endpoint fetch headers timeoutMs allowedRedirectOrigins navigate preconnect redirect onSuccess onError onRedirect'.split(
    ' ',
  );

/**
 * One click from "Buy" to Flowglad's hosted checkout. Renders a native `<button type="button">`
 * (or your element, with `asChild`) with `data-state` = `idle | creating | redirecting | error`,
 * `aria-busy` and `disabled` while busy, and on error a visible `role="alert"` message. Your `onClick`
 * runs first; `event.preventDefault()` in it cancels the checkout. Repeat clicks while busy send nothing.
 *
 * @example
 * ```tsx
 * import { CheckoutButton } from 'react-flowglad-checkout';
 *
 * <CheckoutButton priceId="price_123" quantity={2} successUrl="/thanks">Buy</CheckoutButton>
 * ```
 */
export const CheckoutButton = forwardRef<HTMLButtonElement, CheckoutButtonProps>(function CheckoutButton(
  {
    asChild,
    creatingLabel = 'Starting checkout…',
    redirectingLabel = 'Redirecting to checkout…',
    errorMessage = defaultErrorMessage,
    children,
    onClick,
    ...rest
  },
  ref,
) {
  const input: Record<string, unknown> = {};
  const native: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (sessionKeys.includes(key)) input[key] = value;
    else if (!optionKeys.includes(key)) native[key] = value;
  }
  const provider = useContext(CheckoutContext);
  // The hook picks its own options out of `rest`.
  const { createCheckoutSession, status, error, isLoading } = useCreateCheckoutSession(rest);
  const origin = rest.preconnect ?? provider.preconnect ?? FLOWGLAD_ORIGIN;
  const warm = (handler: unknown) => (event: unknown) => {
    if (typeof handler === 'function') handler(event);
    if (origin) preconnect(origin);
  };

  const label =
    status === 'creating' ? creatingLabel : status === 'redirecting' ? redirectingLabel : undefined;
  const shared = {
    ...native,
    'data-state': status,
    'aria-busy': isLoading || undefined,
    onClick: (event: MouseEvent<HTMLButtonElement>) => {
      onClick?.(event);
      if (event.defaultPrevented || isLoading) return;
      event.preventDefault(); // an asChild link starts the checkout instead of following its href
      void createCheckoutSession(input as unknown as CheckoutSessionInput);
    },
    onPointerEnter: warm(native.onPointerEnter),
    onFocus: warm(native.onFocus),
    onTouchStart: warm(native.onTouchStart),
  };
  const alert =
    error && status === 'error' && (typeof errorMessage === 'function' ? errorMessage(error) : errorMessage);

  return (
    <>
      {asChild ? (
        <Slot {...shared} forwardedRef={ref} aria-disabled={isLoading || undefined}>
          {label !== undefined && isValidElement(children)
            ? cloneElement(children as ReactElement<{ children?: ReactNode }>, undefined, label)
            : children}
        </Slot>
      ) : (
        <button {...shared} ref={ref} type="button" disabled={isLoading || Boolean(native.disabled)}>
          {label ?? children}
        </button>
      )}
      {alert != null && alert !== false && (
        <span role="alert" data-checkout-error={error?.code}>
          {alert}
        </span>
      )}
    </>
  );
});
