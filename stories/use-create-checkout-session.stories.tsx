import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { PlanCard } from './plan-card';
import planCardSource from './plan-card.tsx?raw';
import './shop.css';

const HOSTED_URL = 'https://app.flowglad.com/checkout/chckt_session_msw';

const meta = {
  title: 'Hooks/useCreateCheckoutSession',
  component: PlanCard,
  tags: ['autodocs'],
  args: { onSuccess: fn(), onError: fn(), onRedirect: fn() },
  parameters: {
    docs: {
      // "Show code" shows the whole custom UI: the hook's use is the point.
      source: { code: planCardSource, language: 'tsx' },
      // Played on the docs page too: each story shows its state, not the idle card.
      story: { autoplay: true },
      description: {
        component:
          'The checkout as a hook, for your own UI: call `createCheckoutSession(input)` from a click handler and render from `status` (`idle | creating | redirecting | error | success`). The props below are the hook’s options.',
      },
    },
  },
} satisfies Meta<typeof PlanCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Click: `creating`, then `redirecting` to the hosted checkout (caught here and shown below). */
export const CustomUi: Story = {
  name: 'Custom UI',
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByText('$19 a month, cancel any time.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Choose Pro' }));
    await expect(await canvas.findByText(HOSTED_URL)).toBeVisible();
    await expect(canvas.getByText('Taking you to checkout…')).toHaveAttribute('data-status', 'redirecting');
    await expect(canvas.getByRole('button', { name: 'Choose Pro' })).toBeDisabled();
    await expect(args.onRedirect).toHaveBeenCalledOnce();
    await expect(args.onRedirect).toHaveBeenCalledWith(HOSTED_URL);
  },
};

/** `redirect: false`: the hook stops at `success` and hands you the session; you decide where to go. */
export const WithoutRedirect: Story = {
  name: 'Without redirect',
  args: { redirect: false },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Choose Pro' }));
    const link = await canvas.findByRole('link', { name: 'Continue to checkout' });
    await expect(link).toHaveAttribute('href', HOSTED_URL);
    await expect(canvas.getByText('Your checkout is ready.')).toHaveAttribute('data-status', 'success');
    await expect(args.onSuccess).toHaveBeenCalledOnce();
    await expect(args.onRedirect).not.toHaveBeenCalled();
  },
};

/** The route failed (502 here): `error` holds a `CheckoutError`, the shopper reads `defaultErrorMessage(error)`; `reset()` goes back to `idle`. */
export const ErrorAndReset: Story = {
  name: 'Error and reset',
  parameters: { checkoutRoute: (route) => route.upstreamError() },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Choose Pro' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Checkout is unavailable right now. Please try again in a few minutes.',
    );
    await expect(args.onError).toHaveBeenCalledOnce();
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'http', status: 502 }));
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeEnabled();
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.getByText('$19 a month, cancel any time.')).toHaveAttribute('data-status', 'idle');
  },
};
