import { callSafely } from './call-safely';
import { CheckoutError } from './checkout-error';
import { createCheckoutSession } from './create-checkout-session';
import type { CheckoutConfig, CheckoutEvent, CheckoutSessionInput, CheckoutSessionResult } from './types';
import { warnInDevelopment } from './warn-in-development';

/** What to do once the session exists; the hook's options. */
export interface RunCheckoutOptions extends CheckoutConfig {
  redirect?: boolean;
  navigate?: (url: string) => void | Promise<void>;
  onSuccess?: (result: CheckoutSessionResult) => void;
  onRedirect?: (url: string) => void;
  /**
   * Told of `session_created` and `redirecting` as they happen — `redirecting` before an async
   * `navigate` settles, so the button says "Redirecting" meanwhile.
   */
  step?: (event: CheckoutEvent, result: CheckoutSessionResult) => void;
  /**
   * Asked once the call has settled, before anything else happens: `false` drops the outcome as
   * `aborted` (the component unmounted, a press was released off the button). May wait for a click.
   */
  proceed?: () => boolean | Promise<boolean>;
}

/**
 * A throwing `navigate`, or one whose promise rejects, is an error the shopper can retry from; the other
 * callbacks cannot stop the checkout.
 */
export async function runCheckout(
  input: CheckoutSessionInput,
  {
    redirect = true,
    navigate = (url) => globalThis.location.assign(url),
    onSuccess,
    onRedirect,
    step = () => {},
    proceed = () => true,
    ...config
  }: RunCheckoutOptions,
): Promise<CheckoutSessionResult> {
  const created = createCheckoutSession(input, config);
  // Its failure is read below, once `proceed` agrees: a press shows its error only after the click.
  await created.catch(() => {});
  if (!(await proceed()) || config.signal?.aborted) {
    throw new CheckoutError('aborted', 'The checkout was cancelled before it could go on.');
  }
  const result = await created;
  callSafely(onSuccess, result);
  step(
    {
      type: 'session_created',
      input,
      checkoutSessionId: result.checkoutSession?.id,
      reused: !!result.reused,
    },
    result,
  );
  if (!redirect) return result;
  callSafely(onRedirect, result.url);
  step({ type: 'redirecting', input, url: result.url }, result);
  try {
    await navigate(result.url);
  } catch (cause) {
    const error = new CheckoutError(
      'navigation_failed',
      `The navigate option failed (${cause}); the shopper is still on this page. Fix navigate, or leave it unset.`,
      { cause },
    );
    warnInDevelopment(error);
    throw error;
  }
  return result;
}
