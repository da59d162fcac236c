import type { Meta, StoryObj } from '@storybook/react-vite';
import { type FormEvent, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, waitFor } from 'storybook/test';
import { CheckoutButton, type CheckoutButtonOwnProps } from '../src/index';
import { inProductCard } from './product-card';
import './shop.css';

/**
 * The button's two paths. On the server, `CheckoutButton` renders a form of its own that posts the
 * session to your route: a press before React has hydrated the page (seconds, on a slow phone) is a
 * plain form post, which the route answers with a `303` to Flowglad's page. Once hydrated, the same
 * markup runs the checkout in the page — states, errors, `startOn` — and the form is never also posted.
 */
/** The stories buy one product by slug, returning to a relative page; every other prop is the button's own. */
type StoryProps = CheckoutButtonOwnProps & { priceSlug: string; quantity?: number; successUrl?: string };

const meta = {
  title: 'Components/CheckoutButton/Before hydration',
  component: CheckoutButton,
  args: {
    priceSlug: 'tshirt',
    quantity: 1,
    successUrl: '/thanks',
    className: 'shop-button',
    children: 'Buy T-shirt — $25',
  },
  parameters: { docs: { story: { autoplay: true } } },
} satisfies Meta<StoryProps>;

export default meta;
type Story = StoryObj<StoryProps>;

/** `renderToString`'s one line, one element per line (the form's children indented) so it reads. */
function indent(html: string): string {
  return html.replace(/></g, '>\n<').replace(/\n(?=<(input|button))/g, '\n  ');
}

/** What submitting the server's markup would post: the form's fields, as the route receives them. */
function WouldPost({ fields }: { fields: [string, string][] | undefined }) {
  return (
    <p role="status" className="sb-redirect">
      {fields && (
        <>
          Would post to the route:{' '}
          {fields.map(([name, value]) => (
            <code key={name}>
              {name}={value}
            </code>
          ))}
        </>
      )}
    </p>
  );
}

/** The server's HTML for these props, shown as source and live (its post caught), beside the hydrated button. */
function BothPaths(props: StoryProps) {
  const html = renderToString(<CheckoutButton {...props} />);
  const [posted, setPosted] = useState<[string, string][]>();
  const catchPost = (event: FormEvent<HTMLDivElement>) => {
    event.preventDefault(); // Storybook has no route to post to: show what would go
    setPosted(
      [...new FormData(event.target as HTMLFormElement)].map(([name, value]) => [name, String(value)]),
    );
  };
  return (
    <div className="sb-paths">
      <section aria-labelledby="before-heading">
        <h3 id="before-heading">Before hydration: the server's HTML</h3>
        <pre>
          <code>{indent(html)}</code>
        </pre>
        {/* The markup exactly as a browser paints it before any script runs; React does not run it. */}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the library's own server render, shown as it is */}
        <div data-testid="server-html" onSubmit={catchPost} dangerouslySetInnerHTML={{ __html: html }} />
        <WouldPost fields={posted} />
      </section>
      <section aria-labelledby="after-heading">
        <h3 id="after-heading">Hydrated: the same button, run by React</h3>
        <div data-testid="hydrated">
          <CheckoutButton {...props} />
        </div>
      </section>
    </div>
  );
}

/**
 * What `renderToString` (any server render: Next.js, React Router, Express) gives for a button: a
 * `<form method="post" action="/api/checkout-sessions" data-checkout-form="">` (`display: contents`,
 * so it lays out nothing) holding one hidden field, `checkoutSession` — the session as the props give
 * it, `type` defaulted to `product`, relative URLs left for the route to resolve — and the button as
 * its submit. Press the server-rendered copy to see what it would post; press the hydrated one below
 * and it runs the JSON call instead (the redirect is caught under the story), without posting the form.
 */
export const ServerRenderedMarkup: Story = {
  name: 'Server-rendered markup',
  render: (args) => <BothPaths {...args} />,
  play: async ({ canvas, userEvent, step }) => {
    const server = canvas.getByTestId('server-html');
    const form = server.querySelector('form');
    await expect(form).toHaveAttribute('method', 'post');
    await expect(form).toHaveAttribute('action', '/api/checkout-sessions');
    await expect(form).toHaveAttribute('data-checkout-form', '');
    const field = form?.querySelector('input[name="checkoutSession"]') as HTMLInputElement;
    await expect(field).toHaveAttribute('type', 'hidden');
    await expect(JSON.parse(field.value)).toEqual({
      priceSlug: 'tshirt',
      quantity: 1,
      successUrl: '/thanks',
      type: 'product',
    });
    await expect(form?.querySelectorAll('input, button')).toHaveLength(2);

    await step('a press on the server markup posts the form', async () => {
      await userEvent.click(server.querySelector('button') as HTMLButtonElement);
      await expect(canvas.getAllByRole('status')[0]).toHaveTextContent(`checkoutSession=${field.value}`);
    });
    await step(
      'a click on the hydrated button runs the checkout in the page, and posts nothing',
      async () => {
        const hydrated = canvas.getByTestId('hydrated').querySelector('button') as HTMLButtonElement;
        await userEvent.click(hydrated);
        // The redirect the JSON call made, caught under the story; a form post would have left the page.
        await waitFor(() => expect(canvas.getAllByRole('status').at(-1)).toHaveTextContent('Would go to'));
        await expect(hydrated).toHaveAttribute('data-state', 'redirecting');
      },
    );
  },
};

const MARKER = '?checkout_error=unauthenticated&checkout_for=pro-monthly';

/**
 * A form post the route refused comes back to the page it came from with a marker,
 * `?checkout_error=unauthenticated&checkout_for=pro-monthly` here: once hydrated, the button for that
 * price shows its alert in the shopper's words for the code (never text from the URL) and takes the
 * marker out of the address, so a reload does not show it again. Buttons for other prices stay idle.
 */
export const RefusedFormPost: Story = {
  name: 'Refused form post, back on the page',
  args: { priceSlug: 'pro-monthly', children: 'Subscribe — $19 / month' },
  decorators: [inProductCard({ name: 'Pro plan', price: '$19 / month', icon: 'plan' })],
  loaders: [
    () => {
      const url = new URL(location.href);
      for (const [name, value] of new URLSearchParams(MARKER)) url.searchParams.set(name, value);
      history.replaceState(history.state, '', url);
      return {};
    },
  ],
  render: (args) => (
    <>
      <CheckoutButton {...args} />
      <CheckoutButton priceSlug="tshirt" className="shop-button">
        Buy T-shirt — $25
      </CheckoutButton>
    </>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Please sign in to continue to checkout.',
    );
    await expect(canvas.getByRole('button', { name: 'Subscribe — $19 / month' })).toHaveAttribute(
      'data-state',
      'error',
    );
    await expect(canvas.getByRole('button', { name: 'Buy T-shirt — $25' })).toHaveAttribute(
      'data-state',
      'idle',
    );
    await expect(location.search).not.toContain('checkout_error');
    await expect(location.search).not.toContain('checkout_for');
  },
};
