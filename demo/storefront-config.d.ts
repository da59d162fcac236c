/** What the demo's server tells the storefront (see `storefront-plugin.ts`). */
declare module 'virtual:storefront-config' {
  /** The hosted checkout's origin: allowed as a redirect target, preconnected on hover. */
  export const checkoutOrigin: string;
  /** `true` on the embedded Flowglad stand-in (no payment is taken). */
  export const usesStandIn: boolean;
  /** The buttons' `startOn`: `'click'` under `npm run dev`. */
  export const startOn: 'click' | 'pointerdown';
}
