import type { ReactNode } from 'react';

/** Drawings of the demo's products, keyed by slug: one simple shape on a coloured tile. */
const DRAWINGS: Record<string, ReactNode> = {
  tshirt: (
    <>
      <path d="M34 22 46 16q4 7 8 0l12 6 14 14-9 9-5-4v45H34V41l-5 4-9-9Z" fill="#fff" />
      <path d="M38 58q6-6 12 0t12 0" fill="none" stroke="#3f24c4" strokeWidth="3" strokeLinecap="round" />
    </>
  ),
  mug: (
    <>
      <path d="M28 30h36v42a8 8 0 0 1-8 8H36a8 8 0 0 1-8-8Z" fill="#fff" />
      <path d="M64 40h6a9 9 0 0 1 0 18h-6" fill="none" stroke="#fff" strokeWidth="6" />
      <path
        d="M38 22q3-4 0-8m9 8q3-4 0-8m9 8q3-4 0-8"
        fill="none"
        stroke="#fff"
        strokeWidth="3"
        strokeLinecap="round"
      />
    </>
  ),
  'pro-monthly': (
    <>
      <path d="M50 16 58 42l26 8-26 8-8 26-8-26-26-8 26-8Z" fill="#fff" />
      <path d="M76 18l3 8 8 3-8 3-3 8-3-8-8-3 8-3Z" fill="#c9bcff" />
    </>
  ),
};

/**
 * A product's picture: a drawing on a coloured tile (the tile colour comes from the stylesheet,
 * `.product-art[data-product=…]`). Decorative: the card's heading names the product.
 *
 * @example
 * ```tsx
 * <ProductArt slug="mug" />
 * ```
 */
export function ProductArt({ slug }: { slug: string }) {
  return (
    <div className="product-art" data-product={slug}>
      <svg viewBox="0 0 100 100" width="112" height="112" aria-hidden="true" focusable="false">
        {DRAWINGS[slug]}
      </svg>
    </div>
  );
}
