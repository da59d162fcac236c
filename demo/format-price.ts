const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/**
 * A price in cents as people read it, with the billing period for subscriptions.
 *
 * @example
 * ```ts
 * formatPrice(1900, 'month'); // → '$19.00 / month'
 * ```
 */
export function formatPrice(cents: number, interval?: string): string {
  return usd.format(cents / 100) + (interval ? ` / ${interval}` : '');
}
