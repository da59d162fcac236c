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
import { FLOWGLAD_ORIGIN } from '../core/defaults';
import { preconnect as addPreconnect } from '../core/preconnect';
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
  priceId?: string;
  priceSlug?: string;
  /** @defaultValue 1 */
  quantity?: number;
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

const sessionKeys = [
  'type',
  'priceId',
  'priceSlug',
  'quantity',
  'targetSubscriptionId',
  'successUrl',
  'cancelUrl',
  'outputMetadata',
  'outputName',
] as const;
const optionKeys = [
  'endpoint',
  'fetch',
  'headers',
  'timeoutMs',
  'allowedRedirectOrigins',
  'navigate',
  'preconnect',
  'redirect',
  'onSuccess',
  'onError',
  'onRedirect',
] as const;

const pick = (props: Record<string, unknown>, keys: readonly string[]) => {
  const picked: Record<string, unknown> = {};
  for (const key of keys) {
    if (props[key] !== undefined) picked[key] = props[key];
    delete props[key];
  }
  return picked;
};

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
export const CheckoutButton = forwardRef<HTMLButtonElement, CheckoutButtonProps>(
  function CheckoutButton(props, ref) {
    const {
      asChild,
      creatingLabel = 'Starting checkout…',
      redirectingLabel = 'Redirecting to checkout…',
      errorMessage = defaultErrorMessage,
      children,
      onClick,
      ...rest
    } = props;
    const native: Record<string, unknown> = { ...rest };
    const input = pick(native, sessionKeys) as unknown as CheckoutSessionInput;
    const options = pick(native, optionKeys) as UseCreateCheckoutSessionOptions;
    const { createCheckoutSession, status, error, isLoading } = useCreateCheckoutSession(options);
    const provider = useContext(CheckoutContext);
    const origin = options.preconnect ?? provider.preconnect ?? FLOWGLAD_ORIGIN;
    const warm = () => origin && addPreconnect(origin);

    const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
      onClick?.(event);
      if (event.defaultPrevented || isLoading) return;
      event.preventDefault(); // an asChild link starts the checkout instead of following its href
      void createCheckoutSession(input);
    };

    const label =
      status === 'creating' ? creatingLabel : status === 'redirecting' ? redirectingLabel : undefined;
    const shared = {
      ...native,
      ref,
      'data-state': status,
      'aria-busy': isLoading || undefined,
      onClick: handleClick,
      onPointerEnter: chain(native.onPointerEnter, warm),
      onFocus: chain(native.onFocus, warm),
      onTouchStart: chain(native.onTouchStart, warm),
    };
    const alert =
      status === 'error' && error
        ? typeof errorMessage === 'function'
          ? errorMessage(error)
          : errorMessage
        : null;

    return (
      <>
        {asChild ? (
          <Slot {...shared} aria-disabled={isLoading || undefined}>
            {label !== undefined && isValidElement(children)
              ? cloneElement(children as ReactElement<{ children?: ReactNode }>, undefined, label)
              : children}
          </Slot>
        ) : (
          <button {...shared} type="button" disabled={isLoading || Boolean(native.disabled)}>
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
  },
);

function chain(theirs: unknown, ours: () => void) {
  return (event: unknown) => {
    if (typeof theirs === 'function') theirs(event);
    ours();
  };
}
