import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { SWRConfig } from 'swr';
import type { CheckoutSessionStatus } from '../src/index';
import './shop.css';
import { ThanksPage } from './thanks-page';
import thanksPageSource from './thanks-page.tsx?raw';

const meta = {
  title: 'Hooks/useCheckoutSession',
  component: ThanksPage,
  tags: ['autodocs'],
  args: { onError: fn() },
  // Each story is a fresh page load: its own SWR cache, so a story shown again asks its route again.
  decorators: [
    (Story) => (
      <SWRConfig value={{ provider: () => new Map() }}>
        <Story />
      </SWRConfig>
    ),
  ],
  parameters: {
    docs: {
      source: { code: thanksPageSource, language: 'tsx' },
      description: {
        component:
          'The thanks page, for the page `successUrl` points at: `useCheckoutSession()` asks your route (`GET` on the same endpoint) what became of the checkout this browser started last, and polls while it is `open` or `pending`. Landing on `successUrl` is no proof of payment; fulfil orders from Flowglad’s webhooks (see **Guides/After checkout**). The props below are the hook’s options.',
      },
    },
  },
} satisfies Meta<typeof ThanksPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The heading the thanks page shows, and the `status` it rendered from. */
const shows =
  (status: CheckoutSessionStatus, title: string): Story['play'] =>
  async ({ canvasElement, canvas }) => {
    await expect(await canvas.findByRole('heading', { name: title })).toBeVisible();
    await expect(canvasElement.querySelector('[data-status]')).toHaveAttribute('data-status', status);
  };

/** `succeeded`: paid. The summary carries what a thanks page shows: quantity, price, the session id, `outputMetadata`. */
export const Succeeded: Story = {
  parameters: { checkoutRoute: (route) => route.checkoutSession('succeeded') },
  play: async (context) => {
    await shows('succeeded', 'Paid — thank you!')?.(context);
    await expect(context.canvas.getByText('chckt_session_msw')).toBeVisible();
    await expect(context.args.onError).not.toHaveBeenCalled();
  },
};

/** `pending`: the payment is settling (a bank debit, for one). The hook polls until it is final. */
export const Pending: Story = {
  parameters: { checkoutRoute: (route) => route.checkoutSession('pending') },
  play: shows('pending', 'Processing your payment…'),
};

/**
 * `open`: not paid. The shopper came back without paying — or already subscribes to this plan, and
 * Flowglad sent them straight to `successUrl` without charging. The hook polls while it is open.
 */
export const Open: Story = {
  parameters: { checkoutRoute: (route) => route.checkoutSession('open') },
  play: shows('open', 'Not paid yet'),
};

/** `failed`: the payment did not go through. */
export const Failed: Story = {
  parameters: { checkoutRoute: (route) => route.checkoutSession('failed') },
  play: shows('failed', 'Payment failed'),
};

/** `expired`: Flowglad reports the session expired; nothing was paid. */
export const Expired: Story = {
  parameters: { checkoutRoute: (route) => route.checkoutSession('expired') },
  play: shows('expired', 'This checkout expired'),
};

/**
 * `none`: the route answered `{ checkoutSession: null }` — this browser started no checkout, or it is
 * someone else's, or Flowglad no longer has it. Not an error: `onError` is not called.
 */
export const None: Story = {
  parameters: { checkoutRoute: (route) => route.noCheckoutSession() },
  play: async (context) => {
    await shows('none', 'No recent order')?.(context);
    await expect(context.args.onError).not.toHaveBeenCalled();
  },
};

/** `error`: the route could not be asked (here it answers 502): `error` holds the `CheckoutError`, `refresh()` asks again. */
export const RouteError: Story = {
  name: 'Error',
  parameters: { checkoutRoute: (route) => route.checkoutSessionError() },
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    await shows('error', 'We could not check your payment')?.(context);
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'http', status: 502, routeCode: 'upstream_error' }),
    );
    await expect(args.onError).toHaveBeenCalledOnce();
    await userEvent.click(canvas.getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(args.onError).toHaveBeenCalledTimes(2));
    await expect(canvas.getByRole('heading', { name: 'We could not check your payment' })).toBeVisible();
  },
};

/** `pending`, then `succeeded`: the page polls (1 s, then backing off) and turns to "Paid" by itself. */
export const PendingThenSucceeded: Story = {
  name: 'Pending → succeeded (polling)',
  parameters: { checkoutRoute: (route) => route.checkoutSessionSequence(['pending', 'succeeded']) },
  play: async (context) => {
    await shows('pending', 'Processing your payment…')?.(context);
    await shows('succeeded', 'Paid — thank you!')?.(context);
  },
};
