import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { CheckoutButton, type CheckoutButtonOwnProps, type CheckoutEvent } from '../src/index';
import { inProductCard } from './product-card';
import './shop.css';

/** The stories buy one product by slug; every other prop is the button's own. */
type StoryProps = CheckoutButtonOwnProps & { priceSlug: string; quantity?: number };

/**
 * `onCheckoutEvent` hears each step of a checkout once, in order: `started` → `session_created`
 * (`checkoutSessionId`, `reused`) → `redirecting` (`url`), or `failed` (`error`) instead. Press the
 * button: each event is printed as it comes, with what it carries — what a `dataLayer` push or
 * `posthog.capture` would send (see the README's recipes).
 */
const meta = {
  title: 'Components/CheckoutButton/Events',
  component: CheckoutButton,
  args: { priceSlug: 'tshirt', quantity: 2, className: 'shop-button', children: 'Buy 2 T-shirts — $50' },
  decorators: [inProductCard()],
  render: (args) => <WithEventLog {...args} />,
  parameters: { docs: { story: { autoplay: true } } },
} satisfies Meta<StoryProps>;

export default meta;
type Story = StoryObj<StoryProps>;

/** One event as a line of the log: its type, then what it carries (for `failed`, the error's codes). */
function describe(event: CheckoutEvent): string {
  const { type, ...detail } = event;
  if (event.type !== 'failed') return `${type} ${JSON.stringify(detail)}`;
  const { code, routeCode } = event.error;
  return `${type} ${JSON.stringify({ ...detail, error: { code, ...(routeCode && { routeCode }) } })}`;
}

/** The story's button with `onCheckoutEvent` writing to a live log under it. */
function WithEventLog(props: StoryProps) {
  const [events, setEvents] = useState<string[]>([]);
  return (
    <>
      <CheckoutButton {...props} onCheckoutEvent={(event) => setEvents((log) => [...log, describe(event)])} />
      <div role="log" aria-label="Checkout events">
        <ol className="sb-event-log">
          {events.length === 0 && <li className="sb-event-empty">No event yet: press the button.</li>}
          {events.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the log only grows
            <li key={index}>
              <code>{line}</code>
            </li>
          ))}
        </ol>
      </div>
    </>
  );
}

/** The events a story's log shows, their types only. */
async function loggedTypes(canvasElement: HTMLElement) {
  const log = canvasElement.querySelector('[role="log"]') as HTMLElement;
  return [...log.querySelectorAll('li:not(.sb-event-empty) code')].map(
    (line) => line.textContent?.split(' ')[0],
  );
}

/** A new session: started, session_created (`reused: false`), redirecting — each once. */
export const NewSession: Story = {
  name: 'New session',
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button'));
    await waitFor(async () =>
      expect(await loggedTypes(canvasElement)).toEqual(['started', 'session_created', 'redirecting']),
    );
    await expect(canvas.getByRole('log')).toHaveTextContent('"reused":false');
    await expect(canvas.getByRole('log')).toHaveTextContent('"quantity":2');
  },
};

/** The route answered the open session it had already made for this browser (Back, then buy again): `reused: true`. */
export const ReusedSession: Story = {
  name: 'Reused session',
  parameters: { checkoutRoute: (route) => route.reusedSession() },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button'));
    await waitFor(async () =>
      expect(await loggedTypes(canvasElement)).toEqual(['started', 'session_created', 'redirecting']),
    );
    await expect(canvas.getByRole('log')).toHaveTextContent('"reused":true');
  },
};

/** The route refused (signed out): started, then failed with the error — and no session_created or redirecting. */
export const Failed: Story = {
  name: 'Failed',
  parameters: { checkoutRoute: (route) => route.unauthorized() },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button'));
    await waitFor(async () => expect(await loggedTypes(canvasElement)).toEqual(['started', 'failed']));
    await expect(canvas.getByRole('log')).toHaveTextContent('"routeCode":"unauthenticated"');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Please sign in');
  },
};
