import { type UseCreateCheckoutSessionOptions, useCreateCheckoutSession } from '../src/index';

/**
 * A custom UI on `useCreateCheckoutSession`: a plan card that renders from `status`, shows `error`,
 * offers `reset`, and — with `redirect: false` — a link to the created session instead of leaving.
 * Its props are the hook's options.
 *
 * @example
 * ```tsx
 * <PlanCard redirect={false} onError={console.warn} />
 * ```
 */
export function PlanCard(options: UseCreateCheckoutSessionOptions) {
  const { createCheckoutSession, status, isLoading, error, data, reset } = useCreateCheckoutSession(options);
  const words = {
    idle: 'Pro plan — $19 / month',
    creating: 'Preparing your checkout…',
    redirecting: 'Taking you to checkout…',
    success: 'Your checkout is ready.',
    error: 'That did not work.',
  };
  return (
    <section aria-labelledby="plan" style={{ border: '1px solid #999', borderRadius: 8, padding: '1rem' }}>
      <h2 id="plan" style={{ margin: 0, fontSize: '1.1rem' }}>
        Pro
      </h2>
      <p aria-live="polite" data-status={status}>
        {words[status]}
      </p>
      {status === 'success' && data ? (
        <a href={data.url}>Continue to checkout</a>
      ) : (
        <button
          type="button"
          disabled={isLoading}
          onClick={() => createCheckoutSession({ priceSlug: 'pro-monthly', successUrl: '/welcome' })}
        >
          {status === 'error' ? 'Try again' : 'Choose Pro'}
        </button>
      )}
      {error && (
        <p role="alert">
          {error.message} <small>({error.code})</small>{' '}
          <button type="button" onClick={reset}>
            Dismiss
          </button>
        </p>
      )}
    </section>
  );
}
