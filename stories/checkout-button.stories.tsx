import type { Meta, StoryObj } from '@storybook/react-vite';
import type { HttpHandler } from 'msw';
import { expect, fn } from 'storybook/test';
import type { CheckoutRoute } from '../.storybook/checkout-route-loader';
import {
  CheckoutButton,
  type CheckoutButtonOwnProps,
  type CheckoutErrorCode,
  type CheckoutRouteErrorCode,
} from '../src/index';
import { inProductCard } from './product-card';
import './shop.css';

const HOSTED_URL = 'https://app.flowglad.com/checkout/chckt_session_msw';
/** What the shopper reads for any failure they cannot act on; the details stay in `error.message`. */
const UNAVAILABLE = 'Checkout is unavailable right now. Please try again in a moment.';

/** The stories buy one product by slug; every other prop is the button's own. */
type StoryProps = CheckoutButtonOwnProps & { priceSlug: string; quantity?: number };

const meta = {
  title: 'Components/CheckoutButton',
  component: CheckoutButton,
  tags: ['autodocs'],
  args: {
    priceSlug: 'tshirt',
    children: 'Buy T-shirt — $25',
    className: 'shop-button',
    onSuccess: fn(),
    onError: fn(),
    onRedirect: fn(),
  },
  decorators: [inProductCard()],
  // The docs page plays each story too, so every one shows its state (busy, each error) instead of idle.
  parameters: { docs: { story: { autoplay: true } } },
} satisfies Meta<StoryProps>;

export default meta;
type Story = StoryObj<StoryProps>;

/**
 * Ready: a native `<button type="submit" data-state="idle">` in a form of its own, so it works before
 * hydration too (see *Before hydration*). Click it to see the redirect it would make.
 */
export const Idle: Story = {
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Buy T-shirt — $25' });
    await expect(button).toBeEnabled();
    await expect(button).toHaveAttribute('data-state', 'idle');
    await expect(button).not.toHaveAttribute('aria-busy');
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** The route has not answered yet: the button says so, is `disabled` and `aria-busy`, and ignores more clicks. */
export const Creating: Story = {
  args: { timeoutMs: 10 * 60_000 },
  parameters: { checkoutRoute: (route) => route.timeout() }, // a route that never answers keeps the button busy
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button'));
    const button = await canvas.findByRole('button', { name: 'Starting checkout…' });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button).toHaveAttribute('data-state', 'creating');
    await expect(args.onSuccess).not.toHaveBeenCalled();
  },
};

/** The session exists and the browser is on its way to the hosted checkout (here: caught and shown below). */
export const Redirecting: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button'));
    await expect(await canvas.findByText(HOSTED_URL)).toBeVisible();
    const button = canvas.getByRole('button', { name: 'Redirecting to checkout…' });
    await expect(button).toHaveAttribute('data-state', 'redirecting');
    await expect(button).toBeDisabled();
    await expect(args.onRedirect).toHaveBeenCalledOnce();
    await expect(args.onRedirect).toHaveBeenCalledWith(HOSTED_URL);
    await expect(args.onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ url: HOSTED_URL, checkoutSession: expect.objectContaining({ quantity: 1 }) }),
    );
  },
};

/** Your own words while busy: `creatingLabel` and `redirectingLabel` take any node. */
export const CustomBusyLabel: Story = {
  name: 'Custom busy label',
  args: {
    children: 'Reserve my T-shirt',
    creatingLabel: 'Reserving your T-shirt…',
    redirectingLabel: 'Off to payment…',
    timeoutMs: 10 * 60_000,
  },
  parameters: { checkoutRoute: (route) => route.timeout() },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Reserve my T-shirt' }));
    await expect(await canvas.findByRole('button', { name: 'Reserving your T-shirt…' })).toBeDisabled();
  },
};

/**
 * `startOn="pointerdown"` starts the session on press; a press released off the button (drag away,
 * then let go) has no click, so the request is cancelled and nothing navigates. Try it: press, move
 * off, release.
 */
export const PressReleasedOutside: Story = {
  name: 'Press released outside',
  args: { startOn: 'pointerdown' },
  parameters: { checkoutRoute: (route) => route.slow(300) },
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    const button = canvas.getByRole('button', { name: 'Buy T-shirt — $25' });
    await userEvent.pointer({ keys: '[MouseLeft>]', target: button });
    await expect(await canvas.findByRole('button', { name: 'Starting checkout…' })).toHaveAttribute(
      'data-state',
      'creating',
    );
    await userEvent.pointer([
      { pointerName: 'mouse', target: canvasElement },
      { keys: '[/MouseLeft]', target: canvasElement },
    ]);
    const idle = await canvas.findByRole('button', { name: 'Buy T-shirt — $25' });
    await expect(idle).toHaveAttribute('data-state', 'idle');
    await expect(idle).toBeEnabled();
    // The route would have answered after 300 ms: well past that, still nothing went on.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await expect(args.onSuccess).not.toHaveBeenCalled();
    await expect(args.onRedirect).not.toHaveBeenCalled();
    await expect(args.onError).not.toHaveBeenCalled();
    await expect(canvas.getByRole('status')).toBeEmptyDOMElement();
  },
};

/**
 * One failure story: the route (played by `handler`) fails, the shopper reads `message` in the
 * `role="alert"` element, the button is usable again, `onError` gets a `CheckoutError` with `code`
 * (and the route's `routeCode`), and nothing navigates.
 */
const failing = (
  handler: (route: CheckoutRoute) => HttpHandler,
  expected: {
    code: CheckoutErrorCode;
    status?: number;
    routeCode?: CheckoutRouteErrorCode;
    message: string;
    detail?: string;
  },
  args: Story['args'] = {},
): Story => ({
  args,
  parameters: { checkoutRoute: handler },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button'));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(expected.message);
    await expect(alert).toHaveAttribute('data-checkout-error', expected.code);
    const button = canvas.getByRole('button');
    await expect(button).toBeEnabled();
    await expect(button).toHaveAttribute('data-state', 'error');
    await expect(args.onError).toHaveBeenCalledOnce();
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'CheckoutError',
        code: expected.code,
        status: expected.status,
        routeCode: expected.routeCode,
        message: expect.stringContaining(expected.detail ?? ''),
      }),
    );
    await expect(args.onRedirect).not.toHaveBeenCalled();
    await expect(canvas.getByRole('status')).toBeEmptyDOMElement();
  },
});

/** The route cannot be reached (offline, server down): `code: 'network'`. */
export const NetworkError: Story = {
  name: 'Network error',
  ...failing((route) => route.networkError(), {
    code: 'network',
    message: 'Could not reach checkout. Check your connection and try again.',
  }),
};

/** The route does not answer within `timeoutMs` (here 300 ms): `code: 'timeout'`. */
export const Timeout: Story = {
  name: 'Timeout',
  ...failing(
    (route) => route.timeout(),
    { code: 'timeout', message: 'Checkout took too long to answer. Please try again.' },
    { timeoutMs: 300 },
  ),
};

/** 400 `invalid_input` with field `issues`: the shopper reads the route's own sentence; the issues are on `error.issues`. */
export const FieldIssues: Story = {
  name: 'Field issues',
  ...failing(
    (route) => route.badRequest([{ path: ['quantity'], message: 'quantity must be at most 10' }]),
    {
      code: 'http',
      status: 400,
      routeCode: 'invalid_input',
      message: 'Some checkout details are not valid. Please reload the page and try again.',
    },
    { quantity: 11, children: 'Buy 11 T-shirts' },
  ),
};

/** 401 `unauthenticated`: nobody is signed in (and the route allows no guests) — the route says so, in words the shopper can act on. */
export const SignedOut: Story = {
  name: 'Signed out',
  ...failing((route) => route.unauthorized(), {
    code: 'http',
    status: 401,
    routeCode: 'unauthenticated',
    message: 'Please sign in to continue to checkout.',
  }),
};

/** 400 `checkout_rejected`: Flowglad refused this checkout (here the price cannot be bought); the route says so in the shopper's terms. */
export const CheckoutRejected: Story = {
  name: 'Checkout rejected',
  ...failing((route) => route.checkoutRejected(), {
    code: 'http',
    status: 400,
    routeCode: 'checkout_rejected',
    message: 'This product cannot be bought right now. Please contact the shop.',
  }),
};

/** 500 `internal_error` from the route's own code: its short sentence; the details stay in the server's logs. */
export const ServerError: Story = {
  name: 'Server error',
  ...failing((route) => route.serverError(), {
    code: 'http',
    status: 500,
    routeCode: 'internal_error',
    message: 'Something went wrong while starting checkout. Please try again.',
  }),
};

/** An HTML error page instead of JSON (a proxy, a crashed framework): read safely, shown generically. */
export const HtmlErrorPage: Story = {
  name: 'HTML error page',
  ...failing((route) => route.htmlErrorPage(), {
    code: 'http',
    status: 500,
    message: UNAVAILABLE,
    detail: 'answered HTTP 500 with an HTML page instead of JSON',
  }),
};

/** The route answered a `javascript:` URL: refused, `code: 'unsafe_redirect'`, no navigation. */
export const UnsafeRedirect: Story = {
  name: 'Unsafe redirect',
  ...failing((route) => route.unsafeRedirect(), {
    code: 'unsafe_redirect',
    status: 200,
    message: UNAVAILABLE,
    detail: 'Refused to redirect to javascript:',
  }),
};

/** The session exists, but `navigate` threw (here: a router that is not ready): `code: 'navigation_failed'`; the shopper stays and can try again. */
export const NavigationFailed: Story = {
  name: 'Navigation failed',
  args: {
    navigate: () => {
      throw new Error('The router is not ready');
    },
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button'));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(UNAVAILABLE);
    await expect(alert).toHaveAttribute('data-checkout-error', 'navigation_failed');
    await expect(canvas.getByRole('button')).toBeEnabled();
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'navigation_failed', message: expect.stringContaining('not ready') }),
    );
    await expect(args.onRedirect).toHaveBeenCalledWith(HOSTED_URL);
  },
};
