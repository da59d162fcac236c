import { useState } from 'react';
import { CheckoutButton } from '../src/index';
import type { DemoProduct } from './catalog';
import { formatPrice } from './format-price';
import { lastCheckoutSession } from './last-checkout-session';
import { QuantityPicker } from './quantity-picker';

/**
 * One product: name, price, a quantity picker and a `CheckoutButton` that buys it by slug and
 * returns to `/success` or `/cancel`.
 *
 * @example
 * ```tsx
 * <ProductCard product={DEMO_CATALOG[0]} />
 * ```
 */
export function ProductCard({ product }: { product: DemoProduct }) {
  const [quantity, setQuantity] = useState(1);
  const headingId = `product-${product.slug}`;
  return (
    <article className="product" aria-labelledby={headingId}>
      <h2 id={headingId}>{product.name}</h2>
      <p>{product.description}</p>
      <p className="price">{formatPrice(product.unitPrice, product.interval)}</p>
      <QuantityPicker label={`Quantity of ${product.name}`} value={quantity} onChange={setQuantity} />
      <CheckoutButton
        className="buy"
        priceSlug={product.slug}
        quantity={quantity}
        successUrl="/success"
        cancelUrl="/cancel"
        onSuccess={lastCheckoutSession.remember}
      >
        Buy {quantity > 1 ? `${quantity} × ` : ''}
        {product.name} — {formatPrice(product.unitPrice * quantity, product.interval)}
      </CheckoutButton>
    </article>
  );
}
