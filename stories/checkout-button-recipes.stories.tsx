import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ComponentProps, useState } from 'react';
import { expect, fn } from 'storybook/test';
import { CheckoutButton, type CheckoutButtonProps } from '../src/index';

const HOSTED_URL = 'https://app.flowglad.com/checkout/chckt_session_msw';

const meta = {
  title: 'Components/CheckoutButton/Recipes',
  component: CheckoutButton,
  args: { onSuccess: fn(), onRedirect: fn() },
} satisfies Meta<typeof CheckoutButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What the (mocked) route received, as it echoes it into the session: checked by the play functions. */
const sessionSent = (fields: Record<string, unknown>) =>
  expect.objectContaining({ checkoutSession: expect.objectContaining(fields) });

/** `asChild` on a link: the link gets the behaviour (and `aria-busy`, `aria-disabled`); its `href` is not followed. */
export const AsChildLink: Story = {
  args: { priceSlug: 'tshirt' },
  render: (args) => (
    <CheckoutButton {...args} asChild>
      <a href="#pricing" className="sb-link-button">
        Buy the T-shirt
      </a>
    </CheckoutButton>
  ),
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('link', { name: 'Buy the T-shirt' }));
    await expect(await canvas.findByText(HOSTED_URL)).toBeVisible();
    const link = canvas.getByRole('link', { name: 'Redirecting to checkout…' });
    await expect(link).toHaveAttribute('aria-disabled', 'true');
    await expect(link).toHaveAttribute('data-state', 'redirecting');
    await expect(window.location.hash).not.toBe('#pricing');
    await expect(args.onRedirect).toHaveBeenCalledOnce();
    await expect(args.onRedirect).toHaveBeenCalledWith(HOSTED_URL);
  },
};

/** Your design system's button: its own props, class and handlers are kept, the checkout's are merged in. */
function BrandButton({ tone = 'brand', style, ...props }: ComponentProps<'button'> & { tone?: 'brand' }) {
  const palette = { brand: { background: '#4b2bd6', color: '#fff' } }[tone];
  return (
    <button
      type="button"
      {...props}
      style={{
        ...palette,
        border: 0,
        borderRadius: 999,
        padding: '0.6rem 1.4rem',
        fontWeight: 600,
        ...style,
      }}
    />
  );
}

export const AsChildStyledButton: Story = {
  args: { priceSlug: 'pro-monthly' },
  render: (args) => (
    <CheckoutButton {...args} asChild>
      <BrandButton tone="brand">Upgrade to Pro</BrandButton>
    </CheckoutButton>
  ),
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Upgrade to Pro' }));
    await expect(await canvas.findByText(HOSTED_URL)).toBeVisible();
    await expect(canvas.getByRole('button')).toHaveStyle({ backgroundColor: 'rgb(75, 43, 214)' });
    await expect(args.onSuccess).toHaveBeenCalledWith(sessionSent({ quantity: 1 }));
  },
};

/** A quantity picker next to the button: `quantity` is just a prop. */
function QuantityPicker(props: CheckoutButtonProps) {
  const [quantity, setQuantity] = useState(1);
  const total = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(25 * quantity);
  return (
    <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
      <button type="button" aria-label="One less" onClick={() => setQuantity((q) => Math.max(1, q - 1))}>
        −
      </button>
      <output aria-label="Quantity">{quantity}</output>
      <button type="button" aria-label="One more" onClick={() => setQuantity((q) => Math.min(10, q + 1))}>
        +
      </button>
      <CheckoutButton {...props} {...{ quantity }}>
        Buy {quantity} × T-shirt — {total}
      </CheckoutButton>
    </div>
  );
}

export const WithQuantityPicker: Story = {
  args: { priceId: 'price_tshirt' },
  render: (args) => <QuantityPicker {...args} />,
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'One more' }));
    await userEvent.click(canvas.getByRole('button', { name: 'One more' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Buy 3 × T-shirt — $75.00' }));
    await expect(await canvas.findByText(HOSTED_URL)).toBeVisible();
    await expect(args.onSuccess).toHaveBeenCalledWith(sessionSent({ priceId: 'price_tshirt', quantity: 3 }));
  },
};

/** Play: click the button, see the redirect it would make, and check what the route received. */
const buysWith =
  (fields: Record<string, unknown>): Story['play'] =>
  async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button'));
    await expect(await canvas.findByText(HOSTED_URL)).toBeVisible();
    await expect(args.onSuccess).toHaveBeenCalledWith(sessionSent(fields));
  };

/** The default session type: buy one price (by `priceId` or `priceSlug`), `quantity` times. */
export const ProductSession: Story = {
  args: { type: 'product', priceSlug: 'pro-monthly', quantity: 5, children: 'Buy 5 Pro seats' },
  play: buysWith({ type: 'product', quantity: 5 }),
};

/** Collect a payment method (optionally for one subscription): no price, no quantity. */
export const AddPaymentMethodSession: Story = {
  args: { type: 'add_payment_method', targetSubscriptionId: 'sub_123', children: 'Update card' },
  play: buysWith({ type: 'add_payment_method' }),
};

/** Activate an existing subscription: the price comes from the subscription. */
export const ActivateSubscriptionSession: Story = {
  args: { type: 'activate_subscription', targetSubscriptionId: 'sub_123', children: 'Activate my plan' },
  play: buysWith({ type: 'activate_subscription' }),
};
