// What a storefront imports, resolved by esbuild through this package's own `exports` (a self-reference)
// to the built dist/ — the entry of the size budget in bench/size-limit.config.js.
export { CheckoutButton } from 'react-flowglad-checkout';
