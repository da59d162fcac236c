import { Description, Stories, Title } from '@storybook/addon-docs/blocks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ComponentProps, useState } from 'react';
import { expect, fn } from 'storybook/test';
import { CheckoutButton, type CheckoutButtonProps } from '../src/index';
import { inProductCard, ProductCard } from './product-card';
import './shop.css';

const HOSTED_URL = 'https://app.flowglad.com/checkout/chckt_session_msw';

const meta = {
  title: 'Components/CheckoutButton/Recipes',
  tags: ['autodocs'],
  component: CheckoutButton,
  args: { onSuccess: fn(), onRedirect: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'The button in a real shop: styled by `data-state`, rendered as your own link or button with `asChild`, next to a quantity picker, and for each session type. Its props are on the CheckoutButton page.',
      },
      // The props table is on the CheckoutButton page; here, only the recipes.
      page: () => (
        <>
          <Title />
          <Description />
          <Stories title="" includePrimary />
        </>
      ),
      // Each recipe plays on the docs page too, showing the state it is about.
      story: { autoplay: true },
    },
  },
} satisfies Meta<typeof CheckoutButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What the (mocked) route received, as it echoes it into the session: checked by the play functions. */
const sessionSent = (fields: Record<string, unknown>) =>
  expect.objectContaining({ checkoutSession: expect.objectContaining(fields) });

/**
 * Style it like the rest of your shop: your own class, and the states from `data-state`
 * (`idle | creating | redirecting | error`). The library's optional `styles.css` dims a busy button
 * and puts the alert under it; this shop shows a spinner while busy instead of dimming:
 *
 * ```css
 * .shop-button { background: #4f46e5; color: #fff; border-radius: 0.5rem; … }
 * .shop-button:is([data-state="creating"], [data-state="redirecting"]) {
 *   --checkout-busy-opacity: 1;
 *   cursor: progress;
 * }
 * .shop-button:is([data-state="creating"], [data-state="redirecting"])::before {
 *   content: ""; width: 1em; height: 1em; border: 2px solid currentColor;
 *   border-right-color: transparent; border-radius: 50%; animation: shop-spin 0.8s linear infinite;
 * }
 * ```
 */
export const StyledByState: Story = {
  name: 'Styled by data-state',
  args: {
    priceSlug: 'tshirt',
    className: 'shop-button',
    children: 'Buy T-shirt — $25',
    timeoutMs: 10 * 60_000,
  },
  parameters: { checkoutRoute: (route) => route.timeout() },
  decorators: [inProductCard()],
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Buy T-shirt — $25' }));
    const busy = await canvas.findByRole('button', { name: 'Starting checkout…' });
    await expect(busy).toHaveAttribute('data-state', 'creating');
    await expect(getComputedStyle(busy, '::before').content).toBe('""');
    await expect(getComputedStyle(busy).opacity).toBe('1');
    await expect(getComputedStyle(busy).cursor).toBe('progress');
  },
};

/** `asChild` on a link: the link gets the behaviour (`data-state`, and `aria-busy` and `aria-disabled` while busy); its `href` is not followed. */
export const AsChildLink: Story = {
  name: 'asChild: a link',
  args: { priceSlug: 'tshirt' },
  decorators: [inProductCard()],
  render: (args) => (
    <CheckoutButton {...args} asChild>
      <a href="#pricing" className="shop-button">
        Buy the T-shirt
      </a>
    </CheckoutButton>
  ),
  play: async ({ canvas }) => {
    const link = canvas.getByRole('link', { name: 'Buy the T-shirt' });
    await expect(link).toHaveAttribute('data-state', 'idle');
    await expect(link).toHaveAttribute('href', '#pricing');
    await expect(link).not.toHaveAttribute('aria-disabled');
  },
};

/** The link, clicked: it starts the checkout instead of following its `href`. */
export const AsChildLinkClicked: Story = {
  ...AsChildLink,
  name: 'asChild: a link, clicked',
  tags: ['!autodocs'], // on the docs page it would look like its idle twin: open it to see it clicked
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
function ShopButton({
  variant = 'primary',
  className,
  ...props
}: ComponentProps<'button'> & { variant?: 'primary' | 'quiet' }) {
  const classes = ['shop-button', variant === 'quiet' && 'shop-button-quiet', className];
  return <button type="button" {...props} className={classes.filter(Boolean).join(' ')} />;
}

/**
 * `asChild` on your own button component (here a quiet variant): its class and props stay, the
 * checkout's are merged in. Give it `type="submit"` (a design system's button is often `type="button"`):
 * before hydration it then posts the checkout's form, as the built-in button does.
 */
export const AsChildStyledButton: Story = {
  name: 'asChild: your own button',
  args: { priceSlug: 'pro-monthly' },
  decorators: [inProductCard({ name: 'Pro plan', price: '$19 a month, cancel any time', icon: 'plan' })],
  render: (args) => (
    <CheckoutButton {...args} asChild>
      <ShopButton type="submit" variant="quiet" className="upgrade">
        Upgrade to Pro
      </ShopButton>
    </CheckoutButton>
  ),
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Upgrade to Pro' });
    await expect(button).toHaveClass('shop-button', 'shop-button-quiet', 'upgrade');
    await expect(button).toHaveAttribute('data-state', 'idle');
    await expect(button).toHaveAttribute('type', 'submit');
    await expect(button.closest('form[data-checkout-form]')).not.toBeNull();
  },
};

/** Your own button, clicked. */
export const AsChildStyledButtonClicked: Story = {
  ...AsChildStyledButton,
  name: 'asChild: your own button, clicked',
  tags: ['!autodocs'],
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Upgrade to Pro' }));
    await expect(await canvas.findByText(HOSTED_URL)).toBeVisible();
    const button = canvas.getByRole('button', { name: 'Redirecting to checkout…' });
    await expect(button).toHaveClass('shop-button', 'shop-button-quiet', 'upgrade');
    await expect(button).toHaveAttribute('data-state', 'redirecting');
    await expect(args.onSuccess).toHaveBeenCalledWith(sessionSent({ quantity: 1 }));
  },
};

/** A minus or plus drawn as a line icon: the button's name is its `aria-label`. */
const StepIcon = ({ path }: { path: string }) => (
  <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" stroke="currentColor" strokeWidth="2.5">
    <path d={path} strokeLinecap="round" />
  </svg>
);

/** A quantity picker next to the button: `quantity` is just a prop. */
function QuantityPicker(props: CheckoutButtonProps) {
  const [quantity, setQuantity] = useState(1);
  const total = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(25 * quantity);
  return (
    <ProductCard>
      <div className="shop-stepper">
        <button type="button" aria-label="One less" onClick={() => setQuantity((q) => Math.max(1, q - 1))}>
          <StepIcon path="M5 12h14" />
        </button>
        <output aria-label="Quantity">{quantity}</output>
        <button type="button" aria-label="One more" onClick={() => setQuantity((q) => Math.min(10, q + 1))}>
          <StepIcon path="M5 12h14M12 5v14" />
        </button>
      </div>
      <CheckoutButton {...props} {...{ quantity }} className="shop-button">
        Buy {quantity} × T-shirt — {total}
      </CheckoutButton>
    </ProductCard>
  );
}

export const WithQuantityPicker: Story = {
  name: 'With a quantity picker',
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
  name: 'Product session',
  args: {
    type: 'product',
    priceSlug: 'pro-monthly',
    quantity: 5,
    className: 'shop-button',
    children: 'Buy 5 Pro seats',
  },
  decorators: [inProductCard({ name: 'Pro plan for teams', price: '$19 a month per seat', icon: 'plan' })],
  play: buysWith({ type: 'product', quantity: 5 }),
};

/** Collect a payment method (optionally for one subscription): no price, no quantity. */
export const AddPaymentMethodSession: Story = {
  name: 'Add payment method session',
  args: {
    type: 'add_payment_method',
    targetSubscriptionId: 'sub_123',
    className: 'shop-button shop-button-quiet',
    children: 'Update card',
  },
  decorators: [
    inProductCard({
      name: 'Visa ending 4242',
      price: 'Expires 04/27 · pays for your Pro plan',
      icon: 'card',
    }),
  ],
  play: buysWith({ type: 'add_payment_method' }),
};

/** Activate an existing subscription: the price comes from the subscription. */
export const ActivateSubscriptionSession: Story = {
  name: 'Activate subscription session',
  args: {
    type: 'activate_subscription',
    targetSubscriptionId: 'sub_123',
    className: 'shop-button',
    children: 'Activate my plan',
  },
  decorators: [inProductCard({ name: 'Pro plan', price: 'Your trial ends today', icon: 'plan' })],
  play: buysWith({ type: 'activate_subscription' }),
};
