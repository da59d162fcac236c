import {
  defaultErrorMessage,
  type UseCreateCheckoutSessionOptions,
  useCreateCheckoutSession,
} from '../src/index';

/**
 * A custom UI on `useCreateCheckoutSession`: a plan card that renders from `status`, shows the
 * shopper-safe `defaultErrorMessage(error)`, offers `reset`, and — with `redirect: false` — a link to
 * the created session instead of leaving. Its props are the hook's options.
 *
 * @example
 * ```tsx
 * <PlanCard redirect={false} onError={console.warn} />
 * ```
 */
export function PlanCard(options: UseCreateCheckoutSessionOptions) {
  const { createCheckoutSession, status, isLoading, error, data, reset } = useCreateCheckoutSession(options);
  const words = {
    idle: '$19 a month, cancel any time.',
    creating: 'Preparing your checkout…',
    redirecting: 'Taking you to checkout…',
    success: 'Your checkout is ready.',
    error: 'That did not work.',
  };
  return (
    <section aria-labelledby="plan" className="shop-card">
      <h2 id="plan" className="shop-card-name" style={{ fontSize: '1.125rem' }}>
        Pro plan
      </h2>
      <p aria-live="polite" data-status={status} className="shop-card-price">
        {words[status]}
      </p>
      {status === 'success' && data ? (
        <a href={data.url} className="shop-button">
          Continue to checkout
        </a>
      ) : (
        <button
          type="button"
          className="shop-button"
          data-state={status}
          disabled={isLoading}
          onClick={() => createCheckoutSession({ priceSlug: 'pro-monthly', successUrl: '/welcome' })}
        >
          {status === 'error' ? 'Try again' : 'Choose Pro'}
        </button>
      )}
      {error && (
        <p role="alert" data-checkout-error={error.code} style={{ margin: 0 }}>
          {defaultErrorMessage(error)}{' '}
          <button type="button" className="shop-link" onClick={reset}>
            Dismiss
          </button>
        </p>
      )}
    </section>
  );
}
