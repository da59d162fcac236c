import { checkoutOrigin, usesStandIn } from 'virtual:storefront-config';
import { useDemoShopper } from './use-demo-shopper';

/**
 * The top of every page: which Flowglad takes payments (a test-mode strip on the stand-in), the
 * store's name, and the demo sign-in — who is shopping, with a button to sign in as the demo shopper
 * or out again (a form post before hydration).
 *
 * @example
 * ```tsx
 * <SiteHeader />
 * ```
 */
export function SiteHeader() {
  const { shopper, busy, signIn, signOut } = useDemoShopper();
  return (
    <>
      <p className="test-mode">
        {usesStandIn
          ? 'Test mode: checkout runs on the embedded Flowglad stand-in. No account needed, no payment taken.'
          : `Checkout runs on Flowglad at ${checkoutOrigin}.`}
      </p>
      <header className="site-header">
        <a className="brand" href="/">
          <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="8" fill="#3f24c4" />
            <path d="M6 19q5-8 10 0t10 0" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
          </svg>
          Flowglad demo store
        </a>
        {shopper !== undefined && (
          // A form, so signing in works before hydration too; once hydrated the page does it itself.
          <form
            className="account"
            method="post"
            action="/api/demo-session"
            onSubmit={(event) => {
              event.preventDefault();
              void (shopper ? signOut() : signIn());
            }}
          >
            <span className="who">
              {shopper ? (
                <>
                  Signed in as <strong>{shopper.name}</strong>
                </>
              ) : (
                'Shopping as a guest'
              )}
            </span>
            <button
              type="submit"
              name="action"
              value={shopper ? 'sign-out' : 'sign-in'}
              className="secondary"
              disabled={busy}
            >
              {shopper ? 'Sign out' : 'Sign in'}
            </button>
          </form>
        )}
      </header>
    </>
  );
}
