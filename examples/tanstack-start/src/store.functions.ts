import { createServerFn } from '@tanstack/react-start';
import { getRequest } from '@tanstack/react-start/server';
import { checkout } from './checkout.server';
import { currentShopper, signInShopper } from './shopper.server';

/** What the store page needs from the server: who is shopping, and where the hosted checkout lives. */
export const getStore = createServerFn({ method: 'GET' }).handler(() => ({
  shopper: currentShopper() ?? null,
  // The Flowglad origin the route talks to (an http://127.0.0.1 stand-in in development): the one
  // origin the button may send the shopper to.
  flowglad: new URL(process.env.FLOWGLAD_BASE_URL ?? 'https://app.flowglad.com').origin,
}));

/** A demo sign-in: sets the shopper cookie the checkout route reads. */
export const signIn = createServerFn({ method: 'POST' }).handler(() => {
  signInShopper('shopper_demo');
});

/** This browser's last checkout, read on the server with its cookie: what the thanks page shows. */
export const getCheckout = createServerFn({ method: 'GET' }).handler(() =>
  checkout.getCheckoutSession(getRequest()),
);
