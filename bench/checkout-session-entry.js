// What a thanks page imports, resolved like checkout-button-entry.js through the package's own
// `exports` to the built dist/ — so size-limit and `npm run bench` row (a) measure the same bundle.
export { useCheckoutSession } from 'react-flowglad-checkout';
