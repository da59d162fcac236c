/**
 * One product of the demo store. The storefront buys it by `slug`; the embedded Flowglad stand-in
 * sells it at `unitPrice` (cents). Against a real Flowglad, create prices with these slugs.
 *
 * @example
 * ```ts
 * const product: DemoProduct = { slug: 'mug', name: 'Mug', description: 'Holds coffee.', unitPrice: 1200 };
 * ```
 */
export interface DemoProduct {
  slug: string;
  name: string;
  description: string;
  /** In cents (USD). */
  unitPrice: number;
  /** Set for subscriptions: the billing period. */
  interval?: 'month' | 'year';
}

/**
 * What the demo store sells: two one-off products and a monthly subscription.
 *
 * @example
 * ```tsx
 * {DEMO_CATALOG.map((product) => <ProductCard key={product.slug} product={product} />)}
 * ```
 */
export const DEMO_CATALOG: readonly DemoProduct[] = [
  {
    slug: 'tshirt',
    name: 'Flow T-shirt',
    description: 'Soft organic cotton, printed with the Flowglad wave.',
    unitPrice: 2500,
  },
  {
    slug: 'mug',
    name: 'Checkout mug',
    description: 'Holds 350 ml of coffee for long debugging sessions.',
    unitPrice: 1200,
  },
  {
    slug: 'pro-monthly',
    name: 'Pro plan',
    description: 'Everything in the store, billed monthly. Quantity is seats.',
    unitPrice: 1900,
    interval: 'month',
  },
];
