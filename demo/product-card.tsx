import { CheckoutButton } from '../src/index';
import type { DemoProduct } from './catalog';
import { formatPrice } from './format-price';
import { ProductArt } from './product-art';
import { MAX_QUANTITY, QuantityPicker } from './quantity-picker';
import { useRememberedQuantity } from './use-remembered-quantity';

/** What a product card needs to know about the shopper. */
interface ProductCardProps {
  product: DemoProduct;
  signedIn: boolean;
  /** The shopper subscribes to this plan already: nothing to buy (Flowglad would send them back unpaid). */
  subscribed?: boolean;
}

/**
 * One product: its picture, name, price, a quantity picker and a `CheckoutButton` that buys it by
 * slug and returns to `/success` (the product's slug rides along in `outputMetadata`, for the thanks
 * page and Flowglad's webhooks). A subscription tells guests it needs an account, and a subscriber
 * that it is their plan.
 *
 * @example
 * ```tsx
 * <ProductCard product={DEMO_CATALOG[0]} signedIn={false} />
 * ```
 */
export function ProductCard({ product, signedIn, subscribed = false }: ProductCardProps) {
  const [quantity, setQuantity] = useRememberedQuantity(product.slug, MAX_QUANTITY);
  const headingId = `product-${product.slug}`;
  const unit = product.interval ? 'Seats' : 'Quantity';
  return (
    <article className="product" aria-labelledby={headingId}>
      <ProductArt slug={product.slug} />
      <div className="product-body">
        <h2 id={headingId}>{product.name}</h2>
        <p className="description">{product.description}</p>
        <p className="price">
          {formatPrice(product.unitPrice)}
          {product.interval && <span className="per"> / {product.interval}</span>}
        </p>
        {product.interval && !signedIn && <p className="hint">Sign in to subscribe.</p>}
        {subscribed ? (
          <p className="current-plan">You subscribe to this plan.</p>
        ) : (
          <div className="purchase">
            <QuantityPicker
              label={`${unit} of ${product.name}`}
              caption={unit}
              value={quantity}
              onChange={setQuantity}
            />
            <CheckoutButton
              className="buy"
              priceSlug={product.slug}
              quantity={quantity}
              successUrl="/success"
              outputMetadata={{ product: product.slug }}
            >
              {product.interval ? 'Subscribe' : 'Buy'}
              <span className="visually-hidden">
                {' '}
                {quantity} × {product.name}
              </span>{' '}
              · {formatPrice(product.unitPrice * quantity, product.interval)}
            </CheckoutButton>
          </div>
        )}
      </div>
    </article>
  );
}
