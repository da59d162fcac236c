import type { Decorator } from '@storybook/react-vite';
import type { ReactNode } from 'react';

/** A 24 × 24 outline per kind of product. */
const ICONS = {
  tee: 'M8.5 3 3 5.5l1.5 4.5 2.5-1V21h10V9l2.5 1L21 5.5 15.5 3a3.5 3.5 0 0 1-7 0Z',
  plan: 'm12 2 2.9 6.26L21.5 9l-5 4.6 1.4 6.9L12 17.1 6.1 20.5l1.4-6.9-5-4.6 6.6-.74Z',
  card: 'M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Zm-1 4v2h20V9Z',
};

interface ProductCardProps {
  name?: string;
  price?: string;
  icon?: keyof typeof ICONS;
  children: ReactNode;
}

/** Story-only: the product card a shop puts its checkout button in. */
export function ProductCard({
  name = 'Organic cotton T-shirt',
  price = '$25 · free shipping',
  icon = 'tee',
  children,
}: ProductCardProps) {
  return (
    <div className="shop-card">
      <div className="shop-card-product">
        <div className="shop-card-media">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 24 24" fill="currentColor">
            <path fillRule="evenodd" d={ICONS[icon]} />
          </svg>
        </div>
        <div>
          <p className="shop-card-name">{name}</p>
          <p className="shop-card-price">{price}</p>
        </div>
      </div>
      {children}
    </div>
  );
}

/** A decorator that puts the story in a {@link ProductCard} (default: the T-shirt). */
export const inProductCard =
  (product: Omit<ProductCardProps, 'children'> = {}): Decorator =>
  (Story) => (
    <ProductCard {...product}>
      <Story />
    </ProductCard>
  );
